using System.Globalization;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Testing.Internal;

// The fake's part for messages, batch messages and their recipients.
internal sealed partial class FakeHeroEngine
{
    private async Task<FakeResponse> SendMessageAsync(string practiceGroupId, JObject body, CancellationToken cancellationToken)
    {
        var patientId = (string?)body["patient_id"];
        if (!IsKnownPatient(patientId))
        {
            return NotFound("patient");
        }

        var id = NextId();
        var writeToRecord = (bool?)body["write_to_record"] == true;
        var message = new FakeSentMessage(id, practiceGroupId, patientId!, (string?)body["message_type"] ?? "", (string?)body["message_string"] ?? "",
            (string?)body["recipient_contact_detail"], writeToRecord, (JObject)body.DeepClone());
        lock (_gate)
        {
            _messages.Add(message);
        }

        if (writeToRecord && (bool?)body["auto_write_to_record"] == true)
        {
            await EmitAsync(practiceGroupId, WebhookEventType.WriteToRecordSucceeded.ToString(), "Message", id, cancellationToken).ConfigureAwait(false);
        }

        return FakeResponse.Json(200, Shape("SentMessage", new JObject
        {
            ["message_id"] = id,
            ["content"] = message.Text,
            ["created_at"] = Now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["write_to_record"] = writeToRecord,
            ["snomed_code"] = body["snomed_code"] ?? JValue.CreateNull(),
            ["send_at"] = body["send_at"] ?? JValue.CreateNull(),
            ["submitted_by"] = "partner",
        }));
    }

    private FakeResponse GetMessage(string id)
    {
        var message = Messages.FirstOrDefault(m => m.MessageId == id);
        return message is null
            ? NotFound("message")
            : FakeResponse.Json(200, Shape("Message", new JObject { ["id"] = id, ["status"] = "sent", ["created_at"] = Now.ToString("o", CultureInfo.InvariantCulture) }));
    }

    private FakeResponse CreateBatch(string practiceGroupId, JObject body)
    {
        if ((string?)body["channel"] == BatchChannel.Email.ToString() && string.IsNullOrWhiteSpace((string?)body["subject"]))
        {
            return FakeResponse.ValidationError("subject", "string (required for EMAIL)");
        }

        var batch = new FakeBatch { Id = NextId(), PracticeGroupId = practiceGroupId, Request = (JObject)body.DeepClone() };
        lock (_gate)
        {
            _batches[batch.Id] = batch;
        }

        return FakeResponse.Json(200, BatchJson(batch));
    }

    private static JObject BatchJson(FakeBatch batch) => new()
    {
        ["id"] = batch.Id,
        ["name"] = batch.Request["name"],
        ["status"] = batch.Status,
        ["channel"] = batch.Request["channel"],
        ["subject"] = batch.Request["subject"],
        ["content"] = batch.Request["content"],
    };

    private FakeResponse GetBatch(string id)
    {
        lock (_gate)
        {
            if (!_batches.TryGetValue(id, out var batch))
            {
                return NotFound("batch message");
            }

            var json = BatchJson(batch);
            if (batch.Status == "SENDING")
            {
                batch.Status = "COMPLETED"; // the next read sees it finished
            }

            return FakeResponse.Json(200, json);
        }
    }

    private FakeResponse SendBatch(string id)
    {
        lock (_gate)
        {
            if (!_batches.TryGetValue(id, out var batch))
            {
                return NotFound("batch message");
            }

            if (batch.Status != "CREATED")
            {
                return Conflict("The batch has already been sent.");
            }

            batch.Status = "SENDING";
            return FakeResponse.Json(200, BatchJson(batch));
        }
    }

    private FakeResponse BatchRecipients(string id)
    {
        lock (_gate)
        {
            if (!_batches.TryGetValue(id, out var batch))
            {
                return NotFound("batch message");
            }

            var recipients = (batch.Request["recipients"] as JArray ?? []).Select(r => new JObject
            {
                ["nhs_number"] = r["nhs_number"],
                ["status"] = batch.Status == "CREATED" ? "CREATED" : "SENT",
            });
            return FakeResponse.Json(200, new JObject { ["data"] = new JArray(recipients), ["count"] = (batch.Request["recipients"] as JArray)?.Count ?? 0 });
        }
    }
}
