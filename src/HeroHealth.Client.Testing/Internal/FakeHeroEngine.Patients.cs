using System.Globalization;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client.Testing.Internal;

// The fake's part for PDS registration, patient records and the v3 patient list.
internal sealed partial class FakeHeroEngine
{
    private FakeResponse RegisterPds(JObject body)
    {
        // Hero's two shapes: NHS number + DOB, or forename + surname + DOB + postcode.
        if (!TryDate(body["dob"], out var dob))
        {
            return FakeResponse.ValidationError("dob", "ISO 8601 date format");
        }

        FakePatient? patient;
        if (body["nhs_number"] is not null || body["forename"] is null)
        {
            if (!NhsNumber.TryParse((string?)body["nhs_number"], out var nhs))
            {
                return FakeResponse.ValidationError("nhs_number", "A valid NHS number");
            }

            patient = Patients.FirstOrDefault(p => p.NhsNumber == nhs && p.DateOfBirth == dob);
        }
        else
        {
            foreach (var field in (string[])["forename", "surname", "postcode"])
            {
                if (string.IsNullOrWhiteSpace((string?)body[field]))
                {
                    return FakeResponse.ValidationError(field, "A non-empty string");
                }
            }

            static string Compact(string? s) => string.Concat((s ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
            patient = Patients.FirstOrDefault(p => p.DateOfBirth == dob
                && string.Equals(p.FirstName, ((string?)body["forename"])!.Trim(), StringComparison.OrdinalIgnoreCase)
                && string.Equals(p.LastName, ((string?)body["surname"])!.Trim(), StringComparison.OrdinalIgnoreCase)
                && Compact(p.Postcode) == Compact((string?)body["postcode"]));
        }

        return patient is null ? NotFound("patient") : FakeResponse.Json(200, new JObject { ["patient_id"] = patient.PatientId });
    }

    private FakeResponse GetPatient(string id, string component)
    {
        var patient = Patients.FirstOrDefault(p => p.PatientId == id);
        return patient is null ? NotFound("patient") : FakeResponse.Json(200, PatientJson(patient, component));
    }

    private JObject PatientJson(FakePatient p, string component)
    {
        var json = Shape(component, new JObject
        {
            ["dob"] = p.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["first_name"] = p.FirstName,
            ["last_name"] = p.LastName,
            ["nhs_number"] = p.NhsNumber.Formatted,
            ["email"] = p.Email,
            ["mobile"] = p.Mobile,
            ["title"] = null,
            ["sex"] = "Not specified",
            ["data_source"] = "pds",
        });
        if (json.ContainsKey("id"))
        {
            json["id"] = p.PatientId;
        }

        if (json.ContainsKey("hero_id"))
        {
            json["hero_id"] = p.PatientId;
        }

        return json;
    }

    private FakeResponse ListPatients(Dictionary<string, string[]> query)
    {
        IEnumerable<FakePatient> found = Patients;
        if (First(query, "nhs_number") is { } nhsText)
        {
            found = NhsNumber.TryParse(nhsText, out var nhs) ? found.Where(p => p.NhsNumber == nhs) : [];
        }

        if (First(query, "last_name") is { } last)
        {
            found = found.Where(p => p.LastName.Equals(last, StringComparison.OrdinalIgnoreCase));
        }

        if (First(query, "first_name") is { } firstName)
        {
            found = found.Where(p => p.FirstName.Equals(firstName, StringComparison.OrdinalIgnoreCase));
        }

        var list = found.ToList();
        var (index, size) = Page(query);
        var page = list.Skip(index * size).Take(size).Select(p => PatientJson(p, "PatientSummary"));
        // PatientSummaryList has no count in the description (Hero's page was cut before it): the fake gives none either.
        return FakeResponse.Json(200, Shape("PatientSummaryList", new JObject { ["data"] = new JArray(page), ["count"] = list.Count }));
    }

    private bool IsKnownPatient(string? patientId) => Patients.Any(p => p.PatientId == patientId);
}
