using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Participation.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server in the test process (the SmtpServer package) that keeps every message it accepts. It can be
/// told to take a message and then answer too late, as a server does when the client times out after it accepted.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer server;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task running;

    public SmtpSink()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new KeepingStore(this));
        server = new SmtpServer.SmtpServer(options, services);
        running = server.StartAsync(stopping.Token);
    }

    public int Port { get; }

    /// <summary>Every message accepted, in order.</summary>
    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    /// <summary>How long the server waits, after keeping a message, before it says it accepted it.</summary>
    public TimeSpan AnswerDelay { get; set; } = TimeSpan.Zero;

    /// <summary>The messages sent to <paramref name="address"/>.</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        [.. Received.Where(message => message.To.Mailboxes.Any(mailbox => string.Equals(mailbox.Address, address, StringComparison.OrdinalIgnoreCase)))];

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
        }

        stopping.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed class KeepingStore(SmtpSink sink) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            sink.Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            if (sink.AnswerDelay > TimeSpan.Zero)
            {
                await Task.Delay(sink.AnswerDelay, CancellationToken.None);
            }

            return SmtpResponse.Ok;
        }
    }
}
