using System.Globalization;
using System.Net.Mail;

namespace HeroHealth.Client;

/// <summary>
/// Sending messages without reading Hero's docs: one method per channel over <c>sendMessage</c>, with contact
/// details normalised and every input checked before a request is made. <c>sendMessage</c> is never retried once it
/// may have reached Hero, so a message is not sent twice by the SDK.
/// </summary>
public static partial class MessagesClientExtensions
{
    /// <summary>Longest message text accepted before sending (Hero states no limit; this guards against mistakes).</summary>
    public const int MaxTextLength = 10_000;

    /// <summary>Sends an SMS to a patient (via the practice's SMS provider), to the mobile number on their record.</summary>
    /// <inheritdoc cref="SendSmsAsync(IMessagesClient, string, string, SmsOptions?, CancellationToken)"/>
    public static Task<SentMessage?> SendSmsAsync(this IMessagesClient messages, string patientId, string text, CancellationToken cancellationToken = default) =>
        SendSmsAsync(messages, patientId, text, null, cancellationToken);

    /// <summary>Sends an SMS to a patient (via the practice's SMS provider).</summary>
    /// <param name="messages">The messages client (<c>hero.Messages</c>).</param>
    /// <param name="patientId">The Hero patient id (digits), e.g. from <c>RegisterFromPdsAsync</c>.</param>
    /// <param name="text">The message text; not empty.</param>
    /// <param name="options">Recipient override, write-to-record, schedule, attachment…</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What Hero recorded; <see langword="null"/> when Hero accepted the message with an empty 2xx (it was sent: do not send it again).</returns>
    /// <exception cref="ArgumentException">A bad patient id, empty text or an invalid mobile number; no request is made.</exception>
    public static Task<SentMessage?> SendSmsAsync(this IMessagesClient messages, string patientId, string text, SmsOptions? options, CancellationToken cancellationToken = default)
    {
        var request = Build(patientId, text, SendMessageRequestMessageType.Sms, options, HeroClock.Of(messages));
        if (options?.Recipient is { } recipient)
        {
            request.RecipientContactDetail = NormaliseMobile(recipient, nameof(options) + "." + nameof(SmsOptions.Recipient));
        }

        return Send(messages, request, cancellationToken);
    }

    /// <summary>Sends an email to a patient, to the address on their record.</summary>
    /// <inheritdoc cref="SendEmailAsync(IMessagesClient, string, string, EmailOptions?, CancellationToken)"/>
    public static Task<SentMessage?> SendEmailAsync(this IMessagesClient messages, string patientId, string text, CancellationToken cancellationToken = default) =>
        SendEmailAsync(messages, patientId, text, null, cancellationToken);

    /// <summary>Sends an email to a patient.</summary>
    /// <param name="messages">The messages client.</param>
    /// <param name="patientId">The Hero patient id (digits).</param>
    /// <param name="text">The message text; not empty.</param>
    /// <param name="options">Recipient override and shared options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What Hero recorded; <see langword="null"/> when Hero accepted the message with an empty 2xx (it was sent: do not send it again).</returns>
    /// <exception cref="ArgumentException">A bad patient id, empty text or an invalid email address; no request is made.</exception>
    public static Task<SentMessage?> SendEmailAsync(this IMessagesClient messages, string patientId, string text, EmailOptions? options, CancellationToken cancellationToken = default)
    {
        var request = Build(patientId, text, SendMessageRequestMessageType.Email, options, HeroClock.Of(messages));
        if (options?.Recipient is { } recipient)
        {
            request.RecipientContactDetail = NormaliseEmail(recipient, nameof(options) + "." + nameof(EmailOptions.Recipient));
        }

        return Send(messages, request, cancellationToken);
    }

    /// <summary>Sends an NHS App message to a patient, with no fallback channel.</summary>
    /// <inheritdoc cref="SendNhsAppMessageAsync(IMessagesClient, string, string, NhsAppMessageOptions?, CancellationToken)"/>
    public static Task<SentMessage?> SendNhsAppMessageAsync(this IMessagesClient messages, string patientId, string text, CancellationToken cancellationToken = default) =>
        SendNhsAppMessageAsync(messages, patientId, text, null, cancellationToken);

    /// <summary>Sends an NHS App message, optionally falling back to SMS or email if it is not opened.</summary>
    /// <param name="messages">The messages client.</param>
    /// <param name="patientId">The Hero patient id (digits).</param>
    /// <param name="text">The message text; not empty.</param>
    /// <param name="options">Fallback channel and contact, and shared options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What Hero recorded; <see langword="null"/> when Hero accepted the message with an empty 2xx (it was sent: do not send it again).</returns>
    /// <exception cref="ArgumentException">Bad input (including a fallback contact that does not fit its channel); no request is made.</exception>
    public static Task<SentMessage?> SendNhsAppMessageAsync(this IMessagesClient messages, string patientId, string text, NhsAppMessageOptions? options, CancellationToken cancellationToken = default)
    {
        var request = Build(patientId, text, SendMessageRequestMessageType.NhsApp, options, HeroClock.Of(messages));
        var fallback = options?.Fallback ?? NhsAppFallback.None;
        const string ContactParam = nameof(options) + "." + nameof(NhsAppMessageOptions.FallbackContact);
        var contact = options?.FallbackContact;
        request.FallbackMessageType = fallback switch
        {
            NhsAppFallback.None when contact is not null => throw new ArgumentException("A fallback contact needs a fallback channel (Sms or Email).", ContactParam),
            NhsAppFallback.None => (SendMessageRequestFallbackMessageType?)null,
            NhsAppFallback.Sms => SendMessageRequestFallbackMessageType.Sms,
            NhsAppFallback.Email => SendMessageRequestFallbackMessageType.Email,
            _ => throw new ArgumentOutOfRangeException(nameof(options), fallback, "Unknown NHS App fallback channel."),
        };
        if (contact is not null)
        {
            request.FallbackContactDetail = fallback == NhsAppFallback.Sms ? NormaliseMobile(contact, ContactParam) : NormaliseEmail(contact, ContactParam);
        }

        return Send(messages, request, cancellationToken);
    }

    /// <summary>Sends a message to the patient's Hero inbox (the in-app channel).</summary>
    /// <inheritdoc cref="SendHeroMessageAsync(IMessagesClient, string, string, MessageOptions?, CancellationToken)"/>
    public static Task<SentMessage?> SendHeroMessageAsync(this IMessagesClient messages, string patientId, string text, CancellationToken cancellationToken = default) =>
        SendHeroMessageAsync(messages, patientId, text, null, cancellationToken);

    /// <summary>Sends a message to the patient's Hero inbox (the in-app channel).</summary>
    /// <param name="messages">The messages client.</param>
    /// <param name="patientId">The Hero patient id (digits).</param>
    /// <param name="text">The message text; not empty.</param>
    /// <param name="options">Shared options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What Hero recorded; <see langword="null"/> when Hero accepted the message with an empty 2xx (it was sent: do not send it again).</returns>
    public static Task<SentMessage?> SendHeroMessageAsync(this IMessagesClient messages, string patientId, string text, MessageOptions? options, CancellationToken cancellationToken = default) =>
        Send(messages, Build(patientId, text, SendMessageRequestMessageType.Hero, options, HeroClock.Of(messages)), cancellationToken);

    private static Task<SentMessage?> Send(IMessagesClient messages, SendMessageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return messages.SendMessageAsync(request, cancellationToken);
    }

    // A SendAt of "now" computed by the caller a moment ago is not a mistake; a minute ago is.
    private static readonly TimeSpan SendAtTolerance = TimeSpan.FromMinutes(1);

    private static SendMessageRequest Build(string patientId, string text, SendMessageRequestMessageType type, MessageOptions? options, TimeProvider clock)
    {
        HeroIds.Validate(patientId, nameof(patientId), "patient id");
        if (!MessageText.HasVisibleCharacter(text))
        {
            throw new ArgumentException("The message text is empty (or only white space and invisible characters).", nameof(text));
        }

        if (text.Length > MaxTextLength)
        {
            throw new ArgumentException(FormattableString.Invariant($"The message text is {text.Length} characters; at most {MaxTextLength} are accepted."), nameof(text));
        }

        var request = new SendMessageRequest
        {
            PatientId = patientId,
            MessageType = type,
            MessageString = text,
            WriteToRecord = false,
            AutoWriteToRecord = false,
        };
        if (options is null)
        {
            return request;
        }

        if (options.WriteToRecord is { } record)
        {
            if (record.SnomedCode is { } code && (code.Length is < 6 or > 18 || !code.All(char.IsAsciiDigit)))
            {
                throw new ArgumentException("A SNOMED CT concept id is 6 to 18 digits.", nameof(options) + ".WriteToRecord.SnomedCode");
            }

            request.WriteToRecord = true;
            request.SnomedCode = record.SnomedCode;
            request.SnomedTerm = record.SnomedTerm;
            request.AutoWriteToRecord = record.AutoWrite;
        }

        if (options.SendAt is { } sendAt)
        {
            if (sendAt < clock.GetUtcNow() - SendAtTolerance)
            {
                throw new ArgumentOutOfRangeException(nameof(options) + "." + nameof(MessageOptions.SendAt), "SendAt is in the past; leave it unset to send now.");
            }

            request.SendAt = sendAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        if (options.TaskId is { } taskId)
        {
            HeroIds.Validate(taskId, nameof(options) + ".TaskId", "task id");
        }

        request.AttachmentUuid = options.AttachmentUuid;
        request.ShortLinkId = options.ShortLinkId;
        request.TaskId = options.TaskId;
        request.Encrypted = options.Encrypted;
        if (options.Assignee is { } assignee)
        {
            request.AssigneeId = assignee.Id;
            request.AssigneeType = assignee.AssigneeType;
        }

        return request;
    }

    private static string NormaliseMobile(string value, string paramName) =>
        UkMobileNumber.TryParse(value, out var mobile, out var error) ? mobile.E164 : throw new ArgumentException(error, paramName);

    private static string NormaliseEmail(string value, string paramName)
    {
        var trimmed = value.Trim();
        try
        {
            var address = new MailAddress(trimmed);
            if (address.Address == trimmed && address.Host.Contains('.', StringComparison.Ordinal))
            {
                return address.Address;
            }
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            // Not an address (or empty). The parser's message would quote it: only ours leaves.
        }

        throw new ArgumentException("The email address is not valid (expected name@domain.tld).", paramName);
    }
}
