namespace HeroHealth.Client;

/// <summary>Hand-written side of the generated <see cref="BookingClient"/>.</summary>
internal partial class BookingClient
{
    /// <summary>
    /// The pipeline client this generated client sends through, so a helper can send a protocol call (extra query
    /// parameters Hero's pages do not name) through the very same pipeline and scope.
    /// </summary>
    internal HttpClient PipelineHttpClient => PipelineClient;
}
