using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Microsoft.AspNetCore.Http;

namespace Participation.Modules.Surveys.Infrastructure.RespondentPage;

/// <summary>
/// Renders the respondent page from its Liquid template (Fluid, HTML-encoding every value). The template is parsed
/// once; each page gets a fresh nonce for its one style element and a content security policy that allows nothing
/// else: no scripts, no other origins, posting only back here.
/// </summary>
internal sealed class RespondentPageRenderer
{
    private readonly IFluidTemplate _template;
    private readonly TemplateOptions _options = new();

    // Every character a language writes passes as itself (Welsh's ŵ, Polish's ł); markup's own characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public RespondentPageRenderer()
    {
        using var stream = typeof(RespondentPageRenderer).Assembly.GetManifestResourceStream("respond.liquid")
            ?? throw new InvalidOperationException("The respondent page's template is not embedded.");
        using var reader = new StreamReader(stream);
        if (!new FluidParser().TryParse(reader.ReadToEnd(), out _template, out var error))
        {
            throw new InvalidOperationException($"The respondent page's template does not parse: {error}");
        }

        _options.MemberAccessStrategy.Register<RespondentPageView>();
        _options.MemberAccessStrategy.Register<QuestionView>();
        _options.MemberAccessStrategy.Register<OptionView>();
        _options.MemberAccessStrategy.Register<ErrorLink>();
        _options.MemberAccessStrategy.Register<PageWords>();
    }

    /// <summary>The page as a response with <paramref name="status"/>.</summary>
    public IResult Page(RespondentPageView view, int status) => new HtmlPage(this, view, status);

    private sealed class HtmlPage(RespondentPageRenderer renderer, RespondentPageView view, int status) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            var html = await renderer._template.RenderAsync(new TemplateContext(view with { Nonce = nonce }, renderer._options), Encoder);
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = "text/html; charset=utf-8";
            // Answers shown again with errors are the respondent's own: never stored by a browser or proxy.
            response.Headers.CacheControl = "no-store";
            response.Headers.ContentSecurityPolicy = $"default-src 'none'; style-src 'nonce-{nonce}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            await response.WriteAsync(html, httpContext.RequestAborted);
        }
    }
}
