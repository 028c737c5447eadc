using System.Globalization;

namespace HeroHealth.Client;

/// <summary>Patient self-service links: booking links and attachment links, returned as URLs ready to send.</summary>
/// <remarks>
/// Hero documents "Create a Booking Link" and "Create a Form Link", but their method and path are not public
/// (openapi/operations.md), so creating them is a protocol call (<see cref="HeroHealthClient.SendAsync"/>) with the path
/// Hero gives you; reading and updating booking links and sharing files are methods here.
/// </remarks>
public static partial class LinksClientExtensions
{
    /// <summary>Limits which slots a booking link offers (only slots after <paramref name="from"/> and before <paramref name="to"/>).</summary>
    /// <param name="links">The links client (<c>hero.Links</c>).</param>
    /// <param name="bookingLinkId">The booking link id.</param>
    /// <param name="from">Earliest day offered.</param>
    /// <param name="to">Latest day offered.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Hero's answer (its shape is not documented).</returns>
    public static Task<Newtonsoft.Json.Linq.JToken?> RestrictBookingLinkAsync(this ILinksClient links, string bookingLinkId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        HeroIds.Validate(bookingLinkId, nameof(bookingLinkId), "booking link id");
        if (from is { } f && to is { } t && t < f)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "The end date is before the start date.");
        }

        if (to is { } end && end < HeroClock.UkToday(HeroClock.Of(links)))
        {
            throw new ArgumentOutOfRangeException(nameof(to), "The window ends in the past: the link would offer nothing.");
        }

        return links.UpdateBookingLinkAsync(bookingLinkId, new UpdateBookingLinkRequest { FromDate = Day(from), ToDate = Day(to) }, cancellationToken);
    }

    /// <summary>
    /// Shares a file with a patient: uploads it (base64 in <c>file_data</c>; Hero does not state the encoding) and
    /// returns the link plus the <c>attachment_uuid</c> to pass to a message.
    /// </summary>
    /// <inheritdoc cref="ShareFileAsync(ILinksClient, string, string, ReadOnlyMemory{byte}, SharedLinkOptions?, CancellationToken)"/>
    /// <returns>The link ready to send (expiry and uses as Hero's defaults).</returns>
    public static Task<SharedLink> ShareFileAsync(this ILinksClient links, string patientId, string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default) =>
        ShareFileAsync(links, patientId, fileName, content, null, cancellationToken);

    /// <summary>
    /// Shares a file with a patient: uploads it (base64 in <c>file_data</c>; Hero does not state the encoding) and
    /// returns the link plus the <c>attachment_uuid</c> to pass to a message.
    /// </summary>
    /// <param name="links">The links client.</param>
    /// <param name="patientId">The Hero patient id (digits).</param>
    /// <param name="fileName">The file name shown to the patient.</param>
    /// <param name="content">The file's bytes (not empty).</param>
    /// <param name="options">Expiry and maximum uses; Hero's defaults when null.</param>
    /// <param name="cancellationToken">Cancels the call. Not retried once it may have reached Hero.</param>
    /// <returns>The link ready to send.</returns>
    public static Task<SharedLink> ShareFileAsync(this ILinksClient links, string patientId, string fileName, ReadOnlyMemory<byte> content, SharedLinkOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        if (content.IsEmpty)
        {
            throw new ArgumentException("The file is empty.", nameof(content));
        }

#if NETSTANDARD2_0
        var data = Convert.ToBase64String(content.ToArray());
#else
        var data = Convert.ToBase64String(content.Span);
#endif
        return CreateAsync(links, patientId, new CreateAttachmentLinkRequest { FileName = fileName, FileData = data }, options, cancellationToken);
    }

    /// <summary>Shares a document already in the patient's EHR (an id from <c>ListPatientAttachmentsAsync</c>).</summary>
    /// <inheritdoc cref="ShareRecordFileAsync(ILinksClient, string, string, SharedLinkOptions?, CancellationToken)"/>
    /// <returns>The link ready to send (expiry and uses as Hero's defaults).</returns>
    public static Task<SharedLink> ShareRecordFileAsync(this ILinksClient links, string patientId, string ehrFileId, CancellationToken cancellationToken = default) =>
        ShareRecordFileAsync(links, patientId, ehrFileId, null, cancellationToken);

    /// <summary>Shares a document already in the patient's EHR (an id from <c>ListPatientAttachmentsAsync</c>).</summary>
    /// <param name="links">The links client.</param>
    /// <param name="patientId">The Hero patient id (digits).</param>
    /// <param name="ehrFileId">The EHR file id.</param>
    /// <param name="options">Expiry and maximum uses; Hero's defaults when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The link ready to send.</returns>
    public static Task<SharedLink> ShareRecordFileAsync(this ILinksClient links, string patientId, string ehrFileId, SharedLinkOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ehrFileId);
        return CreateAsync(links, patientId, new CreateAttachmentLinkRequest { EhrFileId = ehrFileId }, options, cancellationToken);
    }

    /// <summary>
    /// Whether a link you sent (a booking or attachment link) has been used, its kind and what it refers to
    /// (<c>GET /v1/links/status?url=…</c>; Hero shows the values <c>unused</c> and <c>booking</c>, others are undocumented).
    /// </summary>
    /// <param name="links">The links client.</param>
    /// <param name="link">The link as sent to the patient (absolute https URL).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status (<c>Status</c> and <c>Type</c> are Hero's strings); <see langword="null"/> when Hero answered 2xx without a body.</returns>
    /// <exception cref="ArgumentException">The link is not an absolute https URL; no request is made.</exception>
    public static Task<LinkStatus?> GetLinkStatusAsync(this ILinksClient links, Uri link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(link);
        if (!link.IsAbsoluteUri || link.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException("The link must be the absolute https URL sent to the patient.", nameof(link));
        }

        return links.GetLinkStatusAsync(url: link.AbsoluteUri, id: null, cancellationToken);
    }

    private static async Task<SharedLink> CreateAsync(ILinksClient links, string patientId, CreateAttachmentLinkRequest request, SharedLinkOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(links);
        HeroIds.Validate(patientId, nameof(patientId), "patient id");
        var maximumUses = options?.MaximumUses;
        var expiry = options?.Expiry;
        if (maximumUses is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options) + "." + nameof(SharedLinkOptions.MaximumUses), "A link must be usable at least once.");
        }

        if (expiry is { } expires && expires < HeroClock.UkToday(HeroClock.Of(links)))
        {
            throw new ArgumentOutOfRangeException(nameof(options) + "." + nameof(SharedLinkOptions.Expiry), "The expiry date is in the past: the link would never open.");
        }

        request.PatientId = patientId;
        request.ExpiryDate = Day(expiry);
        request.MaximumUseCount = maximumUses;
        var created = HeroResults.Require(await links.CreateAttachmentLinkAsync(request, cancellationToken).ConfigureAwait(false), "createAttachmentLink", "the link URL");
        return Uri.TryCreate(created.AttachmentLink, UriKind.Absolute, out var url)
            ? new SharedLink(url, created.AttachmentUuid)
            : throw HeroHealthApiException.NoBody("createAttachmentLink", "the link's URL", "an absolute attachment_link");
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
