using System.Globalization;

namespace HeroHealth.Client;

/// <summary>Batch messages: create, inspect recipients, send, and wait for the outcome.</summary>
public static partial class MessagesClientExtensions
{
    /// <summary>Creates an SMS or NHS App batch message (not sent until <see cref="SendBatchAsync"/>); email batches need a subject.</summary>
    /// <inheritdoc cref="CreateBatchAsync(IMessagesClient, string, BatchChannel, string, IEnumerable{BatchRecipient}, string?, CancellationToken)"/>
    /// <exception cref="ArgumentException">Missing name, content or recipients, or an email batch (it needs a subject).</exception>
    public static Task<BatchMessage> CreateBatchAsync(this IMessagesClient messages, string name, BatchChannel channel, string content, IEnumerable<BatchRecipient> recipients, CancellationToken cancellationToken = default) =>
        CreateBatchAsync(messages, name, channel, content, recipients, null, cancellationToken);

    /// <summary>Creates a batch message (not sent until <see cref="SendBatchAsync"/>).</summary>
    /// <param name="messages">The messages client.</param>
    /// <param name="name">A name for the batch, shown to the practice.</param>
    /// <param name="channel">SMS, email or NHS App (<see cref="BatchChannel.Sms"/>, <see cref="BatchChannel.Email"/>, <see cref="BatchChannel.NhsApp"/>).</param>
    /// <param name="content">The message text.</param>
    /// <param name="recipients">At least one recipient; duplicates are sent once.</param>
    /// <param name="subject">Required for email.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created batch (status CREATED); its <c>Id</c> is checked, never null.</returns>
    /// <exception cref="ArgumentException">Missing name, content or recipients, or an email batch without subject.</exception>
    /// <exception cref="HeroHealthResponseShapeException">Hero created the batch but returned no body or no id, so its id is unknown (<see cref="HeroHealthException.MayHaveBeenDelivered"/> is set: list the batches rather than creating it again).</exception>
    public static async Task<BatchMessage> CreateBatchAsync(this IMessagesClient messages, string name, BatchChannel channel, string content, IEnumerable<BatchRecipient> recipients, string? subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(recipients);
        if (!MessageText.HasVisibleCharacter(content))
        {
            throw new ArgumentException("The batch content is empty (or only white space and invisible characters).", nameof(content));
        }
        if (channel.ToString().Length == 0)
        {
            throw new ArgumentException("Name the channel (e.g. BatchChannel.Sms); default has none.", nameof(channel));
        }

        if (channel == BatchChannel.Email && string.IsNullOrWhiteSpace(subject))
        {
            throw new ArgumentException("An email batch needs a subject.", nameof(subject));
        }

        var today = HeroClock.UkToday(HeroClock.Of(messages));
        var checkedRecipients = recipients.Select((r, i) => r switch
        {
            null => throw new ArgumentException(FormattableString.Invariant($"Recipient {i} is null."), nameof(recipients)),
            { NhsNumber.Formatted: null } => throw new ArgumentException(FormattableString.Invariant($"Recipient {i} has no NHS number."), nameof(recipients)),
            _ when r.DateOfBirth > today => throw new ArgumentException(FormattableString.Invariant($"Recipient {i} has a date of birth in the future."), nameof(recipients)),
            _ => r,
        }).ToList();
        var list = checkedRecipients.Distinct().Select(r => new BatchMessageRecipient
        {
            NhsNumber = r.NhsNumber.Formatted,
            Dob = r.DateOfBirth,
        }).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A batch needs at least one recipient.", nameof(recipients));
        }

        var created = await messages.CreateBatchMessageAsync(new CreateBatchMessageRequest
        {
            Name = name,
            Channel = channel,
            Subject = subject,
            Content = content,
            Recipients = list,
        }, cancellationToken).ConfigureAwait(false);
        var batch = HeroResults.Require(created, "createBatchMessage", "the batch id");
        HeroResults.RequireField(batch.Id, "createBatchMessage", "$.id", "the batch id");
        return batch;
    }

    /// <summary>Starts sending a created batch. Not retried once it may have reached Hero.</summary>
    /// <param name="messages">The messages client.</param>
    /// <param name="batchId">The batch id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>When Hero accepted the request.</returns>
    public static Task SendBatchAsync(this IMessagesClient messages, string batchId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        HeroIds.Validate(batchId, nameof(batchId), "batch id");
        return messages.SendBatchMessageAsync(batchId, cancellationToken);
    }

    /// <summary>Polls the batch every 5 seconds until it is COMPLETED (or in a status this SDK does not know), for at most 10 minutes.</summary>
    /// <inheritdoc cref="WaitForBatchAsync(IMessagesClient, string, BatchWaitOptions?, CancellationToken)"/>
    /// <exception cref="TimeoutException">The batch was not COMPLETED within 10 minutes, by the client's <see cref="TimeProvider"/>.</exception>
    public static Task<BatchMessage> WaitForBatchAsync(this IMessagesClient messages, string batchId, CancellationToken cancellationToken = default) =>
        WaitForBatchAsync(messages, batchId, null, cancellationToken);

    /// <summary>
    /// Polls the batch until its status is one of <see cref="BatchWaitOptions.Until"/> (default COMPLETED) or a status this SDK
    /// does not know (returned as-is: <c>batch.Status.IsKnown</c> is <see langword="false"/> and
    /// <c>batch.Status.ToString()</c> is Hero's text), since waiting for a known status after an unknown one could
    /// wait for ever.
    /// </summary>
    /// <param name="messages">The messages client.</param>
    /// <param name="batchId">The batch id.</param>
    /// <param name="options">Poll interval, timeout and the statuses that end the wait; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The batch in its final status.</returns>
    /// <exception cref="TimeoutException">The status did not arrive within <see cref="BatchWaitOptions.Timeout"/>, by the client's <see cref="TimeProvider"/>.</exception>
    public static async Task<BatchMessage> WaitForBatchAsync(this IMessagesClient messages, string batchId, BatchWaitOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        HeroIds.Validate(batchId, nameof(batchId), "batch id");
        options ??= BatchWaitOptions.Default;
        var interval = options.PollInterval;
        if (interval < TimeSpan.FromMilliseconds(100))
        {
            throw new ArgumentOutOfRangeException(nameof(options) + "." + nameof(BatchWaitOptions.PollInterval), "Poll at most every 100 ms.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options) + "." + nameof(BatchWaitOptions.Timeout), "The timeout must be positive.");
        }

        var targets = options.Until is { Count: > 0 } until ? until : [BatchMessageStatus.Completed];
        var clock = HeroClock.Of(messages);
        var stopAt = clock.GetUtcNow() + options.Timeout;
        while (true)
        {
            var batch = HeroResults.Require(await messages.GetBatchMessageAsync(batchId, cancellationToken).ConfigureAwait(false), "getBatchMessage", "the batch status");
            if (batch.Status is not { IsKnown: true } status || targets.Contains(status))
            {
                return batch;
            }

            if (clock.GetUtcNow() + interval > stopAt)
            {
                throw new TimeoutException($"Batch message did not reach {string.Join(" or ", targets)} in time (last status {batch.Status}).");
            }

            await Compat.Delay(interval, clock, cancellationToken).ConfigureAwait(false);
        }
    }
}
