using System.Net;
using System.Net.Sockets;

namespace Participation.IntegrationTests.Infrastructure;

/// <summary>
/// A loopback TCP forwarder between the host and PostgreSQL, so a test can take the database away (refuse new
/// connections and cut the open ones) and give it back, as an outage would.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _stopping = new();
    private TcpListener? _listener;
    private Task? _accepting;

    public TcpProxy(string host, int port)
    {
        _target = new IPEndPoint(Dns.GetHostAddresses(host).First(address => address.AddressFamily == AddressFamily.InterNetwork), port);
        Port = Start(0);
    }

    public int Port { get; private set; }

    /// <summary>Refuses new connections and cuts every open one.</summary>
    public async Task CutAsync()
    {
        _listener?.Stop();
        if (_accepting is not null)
        {
            await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        lock (_open)
        {
            _open.ForEach(client => client.Close());
            _open.Clear();
        }
    }

    /// <summary>Listens again on the same port.</summary>
    public void Restore() => Start(Port);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await CutAsync();
        _stopping.Dispose();
    }

    private int Start(int port)
    {
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        var listener = _listener;
        _accepting = Task.Run(() => AcceptAsync(listener));
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient incoming;
            try
            {
                incoming = await listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                return;
            }

            var outgoing = new TcpClient();
            await outgoing.ConnectAsync(_target);
            lock (_open)
            {
                _open.Add(incoming);
                _open.Add(outgoing);
            }

            _ = PumpAsync(incoming, outgoing);
            _ = PumpAsync(outgoing, incoming);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or InvalidOperationException or SocketException)
        {
            // The proxy cut the connection: both ends see it closed.
        }
        finally
        {
            from.Close();
            to.Close();
        }
    }
}
