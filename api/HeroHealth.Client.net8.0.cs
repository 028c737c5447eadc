namespace HeroHealth.Client
{
    public class AccessTokenResponse
    {
        public AccessTokenResponse() { }
        [Newtonsoft.Json.JsonProperty("access_token", Required=Newtonsoft.Json.Required.Always)]
        public string? AccessToken { get; set; }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
    }
    public class Admin
    {
        public Admin() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("email", Required=Newtonsoft.Json.Required.Always)]
        public string? Email { get; set; }
        [Newtonsoft.Json.JsonProperty("external_prescriber_id", Required=Newtonsoft.Json.Required.AllowNull)]
        public string? ExternalPrescriberId { get; set; }
        [Newtonsoft.Json.JsonProperty("first_name", Required=Newtonsoft.Json.Required.Always)]
        public string? FirstName { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("last_name", Required=Newtonsoft.Json.Required.Always)]
        public string? LastName { get; set; }
        [Newtonsoft.Json.JsonProperty("prescriber_details", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public Newtonsoft.Json.Linq.JToken? PrescriberDetails { get; set; }
    }
    public static class AdminClientExtensions
    {
        public static System.Threading.Tasks.Task<HeroHealth.Client.AdminList?> ListAdminsAsync(this HeroHealth.Client.IAdminClient client, System.Threading.CancellationToken cancellationToken) { }
        public static HeroHealth.Client.HeroPageable<HeroHealth.Client.Admin> ListAllAdminsAsync(this HeroHealth.Client.IAdminClient client, System.Threading.CancellationToken cancellationToken) { }
        public static HeroHealth.Client.HeroPageable<HeroHealth.Client.Admin> ListAllAdminsAsync(this HeroHealth.Client.IAdminClient client, HeroHealth.Client.ListAdminsOrderBy? orderBy = default, bool? orderDescending = default, HeroHealth.Client.PagingOptions? paging = null, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public class AdminList : HeroHealth.Client.IHeroPage<HeroHealth.Client.Admin>
    {
        public AdminList() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("count", Required=Newtonsoft.Json.Required.Always)]
        public double? Count { get; set; }
        [Newtonsoft.Json.JsonProperty("data", Required=Newtonsoft.Json.Required.Always)]
        public System.Collections.Generic.List<HeroHealth.Client.Admin>? Data { get; set; }
    }
    public class Appointment
    {
        public Appointment() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("appointment_type_id", Required=Newtonsoft.Json.Required.Always)]
        public string? AppointmentTypeId { get; set; }
        [Newtonsoft.Json.JsonProperty("booking_confirmed_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? BookingConfirmedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("can_be_cancelled", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? CanBeCancelled { get; set; }
        [Newtonsoft.Json.JsonProperty("can_be_rescheduled", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? CanBeRescheduled { get; set; }
        [Newtonsoft.Json.JsonProperty("cancellation_policy_hours", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? CancellationPolicyHours { get; set; }
        [Newtonsoft.Json.JsonProperty("duration", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? Duration { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("in_person", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? InPerson { get; set; }
        [Newtonsoft.Json.JsonProperty("link_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? LinkId { get; set; }
        [Newtonsoft.Json.JsonProperty("location_id", Required=Newtonsoft.Json.Required.Always)]
        public string? LocationId { get; set; }
        [Newtonsoft.Json.JsonProperty("patient_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? PatientId { get; set; }
        [Newtonsoft.Json.JsonProperty("practitioner_id", Required=Newtonsoft.Json.Required.Always)]
        public string? PractitionerId { get; set; }
        [Newtonsoft.Json.JsonProperty("reserved_until", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? ReservedUntil { get; set; }
        [Newtonsoft.Json.JsonProperty("start_time", Required=Newtonsoft.Json.Required.AllowNull)]
        public System.DateTimeOffset? StartTime { get; set; }
        [Newtonsoft.Json.JsonProperty("suppress_mail", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? SuppressMail { get; set; }
        [Newtonsoft.Json.JsonProperty("telephone", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? Telephone { get; set; }
        [Newtonsoft.Json.JsonProperty("video", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? Video { get; set; }
        [Newtonsoft.Json.JsonProperty("video_url", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? VideoUrl { get; set; }
    }
    public class AppointmentReservation
    {
        public AppointmentReservation() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("reserved_until", Required=Newtonsoft.Json.Required.AllowNull)]
        public string? ReservedUntil { get; set; }
    }
    public class AppointmentType
    {
        public AppointmentType() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("admin_booking_invoice_required", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? AdminBookingInvoiceRequired { get; set; }
        [Newtonsoft.Json.JsonProperty("assignee_id", Required=Newtonsoft.Json.Required.AllowNull)]
        public string? AssigneeId { get; set; }
        [Newtonsoft.Json.JsonProperty("assignee_type", Required=Newtonsoft.Json.Required.AllowNull)]
        public HeroHealth.Client.AppointmentTypeAssigneeType? AssigneeType { get; set; }
        [Newtonsoft.Json.JsonProperty("duration", Required=Newtonsoft.Json.Required.Always)]
        public double? Duration { get; set; }
        [Newtonsoft.Json.JsonProperty("form_id", Required=Newtonsoft.Json.Required.AllowNull)]
        public string? FormId { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("in_person", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? InPerson { get; set; }
        [Newtonsoft.Json.JsonProperty("name", Required=Newtonsoft.Json.Required.Always)]
        public string? Name { get; set; }
        [Newtonsoft.Json.JsonProperty("next_available_at", Required=Newtonsoft.Json.Required.AllowNull)]
        public System.DateTimeOffset? NextAvailableAt { get; set; }
        [Newtonsoft.Json.JsonProperty("partner_slot_name", Required=Newtonsoft.Json.Required.Always)]
        public string? PartnerSlotName { get; set; }
        [Newtonsoft.Json.JsonProperty("practitioner_type", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.AppointmentTypePractitionerType? PractitionerType { get; set; }
        [Newtonsoft.Json.JsonProperty("price", Required=Newtonsoft.Json.Required.Always)]
        public double? Price { get; set; }
        [Newtonsoft.Json.JsonProperty("sector", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.AppointmentTypeSector? Sector { get; set; }
        [Newtonsoft.Json.JsonProperty("slot_count", Required=Newtonsoft.Json.Required.Always)]
        public double? SlotCount { get; set; }
        [Newtonsoft.Json.JsonProperty("telephone", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? Telephone { get; set; }
        [Newtonsoft.Json.JsonProperty("use_partner_bookable_slots", Required=Newtonsoft.Json.Required.Always)]
        public bool? UsePartnerBookableSlots { get; set; }
        [Newtonsoft.Json.JsonProperty("video", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? Video { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.AppointmentTypeAssigneeType>))]
    public readonly struct AppointmentTypeAssigneeType : System.IEquatable<HeroHealth.Client.AppointmentTypeAssigneeType>
    {
        public AppointmentTypeAssigneeType(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.AppointmentTypeAssigneeType Admin { get; }
        public static HeroHealth.Client.AppointmentTypeAssigneeType AdminTeam { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.AppointmentTypeAssigneeType> KnownValues { get; }
        public bool Equals(HeroHealth.Client.AppointmentTypeAssigneeType other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.AppointmentTypeAssigneeType op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.AppointmentTypeAssigneeType left, HeroHealth.Client.AppointmentTypeAssigneeType right) { }
        public static bool operator ==(HeroHealth.Client.AppointmentTypeAssigneeType left, HeroHealth.Client.AppointmentTypeAssigneeType right) { }
    }
    public class AppointmentTypeList : HeroHealth.Client.IHeroPage<HeroHealth.Client.AppointmentType>
    {
        public AppointmentTypeList() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("count", Required=Newtonsoft.Json.Required.Always)]
        public double? Count { get; set; }
        [Newtonsoft.Json.JsonProperty("data", Required=Newtonsoft.Json.Required.Always)]
        public System.Collections.Generic.List<HeroHealth.Client.AppointmentType>? Data { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.AppointmentTypePractitionerType>))]
    public readonly struct AppointmentTypePractitionerType : System.IEquatable<HeroHealth.Client.AppointmentTypePractitionerType>
    {
        public AppointmentTypePractitionerType(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.AppointmentTypePractitionerType CognitiveBehaviouralTherapist { get; }
        public static HeroHealth.Client.AppointmentTypePractitionerType Gp { get; }
        public static HeroHealth.Client.AppointmentTypePractitionerType GpDermatologySpecialist { get; }
        public static HeroHealth.Client.AppointmentTypePractitionerType HealthAndExerciseConsultant { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.AppointmentTypePractitionerType> KnownValues { get; }
        public static HeroHealth.Client.AppointmentTypePractitionerType Nurse { get; }
        public static HeroHealth.Client.AppointmentTypePractitionerType PersonalTrainer { get; }
        public static HeroHealth.Client.AppointmentTypePractitionerType Psychiatrist { get; }
        public static HeroHealth.Client.AppointmentTypePractitionerType Psychologist { get; }
        public static HeroHealth.Client.AppointmentTypePractitionerType Radiologist { get; }
        public static HeroHealth.Client.AppointmentTypePractitionerType Rheumatologist { get; }
        public bool Equals(HeroHealth.Client.AppointmentTypePractitionerType other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.AppointmentTypePractitionerType op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.AppointmentTypePractitionerType left, HeroHealth.Client.AppointmentTypePractitionerType right) { }
        public static bool operator ==(HeroHealth.Client.AppointmentTypePractitionerType left, HeroHealth.Client.AppointmentTypePractitionerType right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.AppointmentTypeSector>))]
    public readonly struct AppointmentTypeSector : System.IEquatable<HeroHealth.Client.AppointmentTypeSector>
    {
        public AppointmentTypeSector(string value) { }
        public bool IsKnown { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.AppointmentTypeSector> KnownValues { get; }
        public static HeroHealth.Client.AppointmentTypeSector Nhs { get; }
        public static HeroHealth.Client.AppointmentTypeSector Paid { get; }
        public bool Equals(HeroHealth.Client.AppointmentTypeSector other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.AppointmentTypeSector op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.AppointmentTypeSector left, HeroHealth.Client.AppointmentTypeSector right) { }
        public static bool operator ==(HeroHealth.Client.AppointmentTypeSector left, HeroHealth.Client.AppointmentTypeSector right) { }
    }
    public class AttachmentLinkResponse
    {
        public AttachmentLinkResponse() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("attachment_link", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AttachmentLink { get; set; }
        [Newtonsoft.Json.JsonProperty("attachment_uuid", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AttachmentUuid { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.BatchChannel>))]
    public readonly struct BatchChannel : System.IEquatable<HeroHealth.Client.BatchChannel>
    {
        public BatchChannel(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.BatchChannel Email { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.BatchChannel> KnownValues { get; }
        public static HeroHealth.Client.BatchChannel NhsApp { get; }
        public static HeroHealth.Client.BatchChannel Sms { get; }
        public bool Equals(HeroHealth.Client.BatchChannel other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.BatchChannel op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.BatchChannel left, HeroHealth.Client.BatchChannel right) { }
        public static bool operator ==(HeroHealth.Client.BatchChannel left, HeroHealth.Client.BatchChannel right) { }
    }
    public class BatchMessage
    {
        public BatchMessage() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("channel", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.BatchChannel? Channel { get; set; }
        [Newtonsoft.Json.JsonProperty("content", Required=Newtonsoft.Json.Required.Always)]
        public string? Content { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("name", Required=Newtonsoft.Json.Required.Always)]
        public string? Name { get; set; }
        [Newtonsoft.Json.JsonProperty("status", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.BatchMessageStatus? Status { get; set; }
        [Newtonsoft.Json.JsonProperty("subject", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Subject { get; set; }
    }
    public class BatchMessageRecipient
    {
        public BatchMessageRecipient() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("dob", Required=Newtonsoft.Json.Required.AllowNull)]
        public System.DateOnly? Dob { get; set; }
        [Newtonsoft.Json.JsonProperty("nhs_number", Required=Newtonsoft.Json.Required.Always)]
        public string? NhsNumber { get; set; }
    }
    public class BatchMessageRecipientList : HeroHealth.Client.IHeroPage<Newtonsoft.Json.Linq.JToken>
    {
        public BatchMessageRecipientList() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("count", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? Count { get; set; }
        [Newtonsoft.Json.JsonProperty("data", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<Newtonsoft.Json.Linq.JToken>? Data { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.BatchMessageStatus>))]
    public readonly struct BatchMessageStatus : System.IEquatable<HeroHealth.Client.BatchMessageStatus>
    {
        public BatchMessageStatus(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.BatchMessageStatus Completed { get; }
        public static HeroHealth.Client.BatchMessageStatus Created { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.BatchMessageStatus> KnownValues { get; }
        public static HeroHealth.Client.BatchMessageStatus Pending { get; }
        public static HeroHealth.Client.BatchMessageStatus Sending { get; }
        public bool Equals(HeroHealth.Client.BatchMessageStatus other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.BatchMessageStatus op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.BatchMessageStatus left, HeroHealth.Client.BatchMessageStatus right) { }
        public static bool operator ==(HeroHealth.Client.BatchMessageStatus left, HeroHealth.Client.BatchMessageStatus right) { }
    }
    public sealed class BatchRecipient : System.IEquatable<HeroHealth.Client.BatchRecipient>
    {
        public BatchRecipient(HeroHealth.Client.NhsNumber NhsNumber, System.DateOnly DateOfBirth) { }
        public System.DateOnly DateOfBirth { get; init; }
        public HeroHealth.Client.NhsNumber NhsNumber { get; init; }
        public override string ToString() { }
    }
    public sealed class BatchWaitOptions : System.IEquatable<HeroHealth.Client.BatchWaitOptions>
    {
        public BatchWaitOptions() { }
        public System.TimeSpan PollInterval { get; init; }
        public System.TimeSpan Timeout { get; init; }
        public System.Collections.Generic.IReadOnlyCollection<HeroHealth.Client.BatchMessageStatus>? Until { get; init; }
    }
    public static class BookingClientExtensions
    {
        public static System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> CountSlotsAsync(this HeroHealth.Client.IBookingClient client, System.Threading.CancellationToken cancellationToken) { }
        public static System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<HeroHealth.Client.Appointment>> FindAppointmentsAsync(this HeroHealth.Client.IBookingClient booking, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<HeroHealth.Client.Appointment>> FindAppointmentsAsync(this HeroHealth.Client.IBookingClient booking, System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, string>> query, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<HeroHealth.Client.Slot>> FindSlotsAsync(this HeroHealth.Client.IBookingClient booking, System.DateOnly from, System.DateOnly to, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<HeroHealth.Client.Slot>> FindSlotsAsync(this HeroHealth.Client.IBookingClient booking, System.DateOnly from, System.DateOnly to, System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, string>> query, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.SharedLink> GetBookingLinkUrlAsync(this HeroHealth.Client.IBookingClient booking, string bookingLinkId, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> ListAppointmentsAsync(this HeroHealth.Client.IBookingClient client, System.Threading.CancellationToken cancellationToken) { }
        public static System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> ListSlotsAsync(this HeroHealth.Client.IBookingClient client, System.Threading.CancellationToken cancellationToken) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.Reservation> ReserveAsync(this HeroHealth.Client.IBookingClient booking, HeroHealth.Client.Slot slot, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.Reservation> ReserveAsync(this HeroHealth.Client.IBookingClient booking, HeroHealth.Client.Slot slot, string? patientId, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.Reservation> ReserveAsync(this HeroHealth.Client.IBookingClient booking, HeroHealth.Client.Slot slot, string? patientId, string? reason, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public static class BookingHcaClientExtensions
    {
        public static System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> SearchHcaConsultantsAsync(this HeroHealth.Client.IBookingHcaClient client, System.Threading.CancellationToken cancellationToken) { }
    }
    public class BookingLink
    {
        public BookingLink() { }
        [Newtonsoft.Json.JsonProperty("active", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? Active { get; set; }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("expiry_date", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? ExpiryDate { get; set; }
        [Newtonsoft.Json.JsonProperty("id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("maximum_uses", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? MaximumUses { get; set; }
        [Newtonsoft.Json.JsonProperty("meta", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.BookingLinkMeta? Meta { get; set; }
        [Newtonsoft.Json.JsonProperty("number_of_uses", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? NumberOfUses { get; set; }
        [Newtonsoft.Json.JsonProperty("open_count", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? OpenCount { get; set; }
        [Newtonsoft.Json.JsonProperty("practice_group_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? PracticeGroupId { get; set; }
        [Newtonsoft.Json.JsonProperty("short_link", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? ShortLink { get; set; }
        [Newtonsoft.Json.JsonProperty("unlimited_use", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? UnlimitedUse { get; set; }
    }
    public class BookingLinkMeta
    {
        public BookingLinkMeta() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("appointment_type_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<Newtonsoft.Json.Linq.JToken>? AppointmentTypeId { get; set; }
        [Newtonsoft.Json.JsonProperty("location_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<Newtonsoft.Json.Linq.JToken>? LocationId { get; set; }
    }
    public class CancelAppointmentRequest
    {
        public CancelAppointmentRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("suppress_cancellation_policy", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? SuppressCancellationPolicy { get; set; }
        [Newtonsoft.Json.JsonProperty("suppress_mail", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? SuppressMail { get; set; }
    }
    public class CapabilitiesResponse
    {
        public CapabilitiesResponse() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("capabilities", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<string>? Capabilities { get; set; }
    }
    public class ConnectPatientEhrRequest
    {
        public ConnectPatientEhrRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("ehr_partner_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EhrPartnerId { get; set; }
    }
    public class Coupon
    {
        public Coupon() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("amount_off", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? AmountOff { get; set; }
        [Newtonsoft.Json.JsonProperty("applies_to", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public Newtonsoft.Json.Linq.JToken? AppliesTo { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("name", Required=Newtonsoft.Json.Required.Always)]
        public string? Name { get; set; }
        [Newtonsoft.Json.JsonProperty("percent_off", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? PercentOff { get; set; }
    }
    public class CouponList : HeroHealth.Client.IHeroPage<HeroHealth.Client.Coupon>
    {
        public CouponList() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("count", Required=Newtonsoft.Json.Required.Always)]
        public double? Count { get; set; }
        [Newtonsoft.Json.JsonProperty("data", Required=Newtonsoft.Json.Required.Always)]
        public System.Collections.Generic.List<HeroHealth.Client.Coupon>? Data { get; set; }
    }
    public class CreateAppointmentRequest
    {
        public CreateAppointmentRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("appointment_type_id", Required=Newtonsoft.Json.Required.Always)]
        public string? AppointmentTypeId { get; set; }
        [Newtonsoft.Json.JsonProperty("billpayer_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? BillpayerId { get; set; }
        [Newtonsoft.Json.JsonProperty("duration", Required=Newtonsoft.Json.Required.Always)]
        public double? Duration { get; set; }
        [Newtonsoft.Json.JsonProperty("location_id", Required=Newtonsoft.Json.Required.Always)]
        public string? LocationId { get; set; }
        [Newtonsoft.Json.JsonProperty("patient_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? PatientId { get; set; }
        [Newtonsoft.Json.JsonProperty("practitioner_id", Required=Newtonsoft.Json.Required.Always)]
        public string? PractitionerId { get; set; }
        [Newtonsoft.Json.JsonProperty("reason", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Reason { get; set; }
        [Newtonsoft.Json.JsonProperty("start_time", Required=Newtonsoft.Json.Required.AllowNull)]
        public string? StartTime { get; set; }
        [Newtonsoft.Json.JsonProperty("suppress_availability_check", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? SuppressAvailabilityCheck { get; set; }
        [Newtonsoft.Json.JsonProperty("suppress_mail", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? SuppressMail { get; set; }
    }
    public class CreateAttachmentLinkRequest
    {
        public CreateAttachmentLinkRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("ehr_file_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EhrFileId { get; set; }
        [Newtonsoft.Json.JsonProperty("expiry_date", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? ExpiryDate { get; set; }
        [Newtonsoft.Json.JsonProperty("file_data", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? FileData { get; set; }
        [Newtonsoft.Json.JsonProperty("file_name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? FileName { get; set; }
        [Newtonsoft.Json.JsonProperty("maximum_use_count", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? MaximumUseCount { get; set; }
        [Newtonsoft.Json.JsonProperty("patient_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? PatientId { get; set; }
    }
    public class CreateBatchMessageRequest
    {
        public CreateBatchMessageRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("channel", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.BatchChannel? Channel { get; set; }
        [Newtonsoft.Json.JsonProperty("content", Required=Newtonsoft.Json.Required.Always)]
        public string? Content { get; set; }
        [Newtonsoft.Json.JsonProperty("name", Required=Newtonsoft.Json.Required.Always)]
        public string? Name { get; set; }
        [Newtonsoft.Json.JsonProperty("recipients", Required=Newtonsoft.Json.Required.Always)]
        public System.Collections.Generic.List<HeroHealth.Client.BatchMessageRecipient>? Recipients { get; set; }
        [Newtonsoft.Json.JsonProperty("subject", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Subject { get; set; }
    }
    public class CreateCustomerRequest
    {
        public CreateCustomerRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("email", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Email { get; set; }
        [Newtonsoft.Json.JsonProperty("name", Required=Newtonsoft.Json.Required.Always)]
        public string? Name { get; set; }
        [Newtonsoft.Json.JsonProperty("phone", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Phone { get; set; }
        [Newtonsoft.Json.JsonProperty("sources", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<HeroHealth.Client.PaymentSource>? Sources { get; set; }
    }
    public class CreateEpisodeNoteRequest
    {
        public CreateEpisodeNoteRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("description", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Description { get; set; }
        [Newtonsoft.Json.JsonProperty("episode_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EpisodeId { get; set; }
    }
    public class CreateInvoiceRequest
    {
        public CreateInvoiceRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("appointment_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AppointmentId { get; set; }
        [Newtonsoft.Json.JsonProperty("authentication_code", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AuthenticationCode { get; set; }
        [Newtonsoft.Json.JsonProperty("collection_method", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.CreateInvoiceRequestCollectionMethod? CollectionMethod { get; set; }
        [Newtonsoft.Json.JsonProperty("confidential", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? Confidential { get; set; }
        [Newtonsoft.Json.JsonProperty("coupons", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<HeroHealth.Client.CreateInvoiceRequestCoupon>? Coupons { get; set; }
        [Newtonsoft.Json.JsonProperty("customer_stripe_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? CustomerStripeId { get; set; }
        [Newtonsoft.Json.JsonProperty("diagnosis", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Diagnosis { get; set; }
        [Newtonsoft.Json.JsonProperty("due_date", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? DueDate { get; set; }
        [Newtonsoft.Json.JsonProperty("footer", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Footer { get; set; }
        [Newtonsoft.Json.JsonProperty("insurer", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Insurer { get; set; }
        [Newtonsoft.Json.JsonProperty("invoice_items_attributes", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<HeroHealth.Client.CreateInvoiceRequestInvoiceItemsAttribute>? InvoiceItemsAttributes { get; set; }
        [Newtonsoft.Json.JsonProperty("issuer_id", Required=Newtonsoft.Json.Required.Always)]
        public string? IssuerId { get; set; }
        [Newtonsoft.Json.JsonProperty("membership_number", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? MembershipNumber { get; set; }
        [Newtonsoft.Json.JsonProperty("memo", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Memo { get; set; }
        [Newtonsoft.Json.JsonProperty("mode", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.CreateInvoiceRequestMode? Mode { get; set; }
        [Newtonsoft.Json.JsonProperty("patient_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? PatientId { get; set; }
        [Newtonsoft.Json.JsonProperty("payment_source", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? PaymentSource { get; set; }
        [Newtonsoft.Json.JsonProperty("practitioner_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? PractitionerId { get; set; }
        [Newtonsoft.Json.JsonProperty("service_date", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? ServiceDate { get; set; }
        [Newtonsoft.Json.JsonProperty("set_default_customer", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? SetDefaultCustomer { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.CreateInvoiceRequestCollectionMethod>))]
    public readonly struct CreateInvoiceRequestCollectionMethod : System.IEquatable<HeroHealth.Client.CreateInvoiceRequestCollectionMethod>
    {
        public CreateInvoiceRequestCollectionMethod(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.CreateInvoiceRequestCollectionMethod ChargeAutomatically { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.CreateInvoiceRequestCollectionMethod> KnownValues { get; }
        public static HeroHealth.Client.CreateInvoiceRequestCollectionMethod RequestPayment { get; }
        public bool Equals(HeroHealth.Client.CreateInvoiceRequestCollectionMethod other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.CreateInvoiceRequestCollectionMethod op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.CreateInvoiceRequestCollectionMethod left, HeroHealth.Client.CreateInvoiceRequestCollectionMethod right) { }
        public static bool operator ==(HeroHealth.Client.CreateInvoiceRequestCollectionMethod left, HeroHealth.Client.CreateInvoiceRequestCollectionMethod right) { }
    }
    public class CreateInvoiceRequestCoupon
    {
        public CreateInvoiceRequestCoupon() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Name { get; set; }
    }
    public class CreateInvoiceRequestInvoiceItemsAttribute
    {
        public CreateInvoiceRequestInvoiceItemsAttribute() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("create", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? Create { get; set; }
        [Newtonsoft.Json.JsonProperty("description", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Description { get; set; }
        [Newtonsoft.Json.JsonProperty("price", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Price { get; set; }
        [Newtonsoft.Json.JsonProperty("product", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Product { get; set; }
        [Newtonsoft.Json.JsonProperty("quantity", Required=Newtonsoft.Json.Required.Always)]
        public int? Quantity { get; set; }
        [Newtonsoft.Json.JsonProperty("stripe_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? StripeId { get; set; }
        [Newtonsoft.Json.JsonProperty("unit_amount", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public int? UnitAmount { get; set; }
        [Newtonsoft.Json.JsonProperty("unit_amount_in_pounds", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? UnitAmountInPounds { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.CreateInvoiceRequestMode>))]
    public readonly struct CreateInvoiceRequestMode : System.IEquatable<HeroHealth.Client.CreateInvoiceRequestMode>
    {
        public CreateInvoiceRequestMode(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.CreateInvoiceRequestMode Draft { get; }
        public static HeroHealth.Client.CreateInvoiceRequestMode Finalize { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.CreateInvoiceRequestMode> KnownValues { get; }
        public bool Equals(HeroHealth.Client.CreateInvoiceRequestMode other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.CreateInvoiceRequestMode op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.CreateInvoiceRequestMode left, HeroHealth.Client.CreateInvoiceRequestMode right) { }
        public static bool operator ==(HeroHealth.Client.CreateInvoiceRequestMode left, HeroHealth.Client.CreateInvoiceRequestMode right) { }
    }
    public class CreatePharmacyRequest
    {
        public CreatePharmacyRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("email", Required=Newtonsoft.Json.Required.Always)]
        public string? Email { get; set; }
        [Newtonsoft.Json.JsonProperty("mobile", Required=Newtonsoft.Json.Required.Always)]
        public string? Mobile { get; set; }
        [Newtonsoft.Json.JsonProperty("name", Required=Newtonsoft.Json.Required.Always)]
        public string? Name { get; set; }
        [Newtonsoft.Json.JsonProperty("prescriber_id", Required=Newtonsoft.Json.Required.Always)]
        public string? PrescriberId { get; set; }
    }
    public class CreateWebhookRequest
    {
        public CreateWebhookRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("description", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Description { get; set; }
        [Newtonsoft.Json.JsonProperty("event_type", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.WebhookEventType? EventType { get; set; }
        [Newtonsoft.Json.JsonProperty("headers", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.Dictionary<string, string>? Headers { get; set; }
        [Newtonsoft.Json.JsonProperty("signing_key", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? SigningKey { get; set; }
        [Newtonsoft.Json.JsonProperty("url", Required=Newtonsoft.Json.Required.Always)]
        public System.Uri? Url { get; set; }
    }
    public class Customer
    {
        public Customer() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("email", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Email { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("name", Required=Newtonsoft.Json.Required.Always)]
        public string? Name { get; set; }
        [Newtonsoft.Json.JsonProperty("phone", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Phone { get; set; }
        [Newtonsoft.Json.JsonProperty("sources", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<HeroHealth.Client.PaymentSource>? Sources { get; set; }
    }
    public class CustomerList : HeroHealth.Client.IHeroPage<HeroHealth.Client.Customer>
    {
        public CustomerList() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("count", Required=Newtonsoft.Json.Required.Always)]
        public double? Count { get; set; }
        [Newtonsoft.Json.JsonProperty("data", Required=Newtonsoft.Json.Required.Always)]
        public System.Collections.Generic.List<HeroHealth.Client.Customer>? Data { get; set; }
    }
    public class DefaultCustomer
    {
        public DefaultCustomer() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("email", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Email { get; set; }
        [Newtonsoft.Json.JsonProperty("id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Name { get; set; }
        [Newtonsoft.Json.JsonProperty("phone", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Phone { get; set; }
        [Newtonsoft.Json.JsonProperty("sources", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<HeroHealth.Client.DefaultCustomerSource>? Sources { get; set; }
    }
    public class DefaultCustomerSource
    {
        public DefaultCustomerSource() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("brand", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Brand { get; set; }
        [Newtonsoft.Json.JsonProperty("exp_month", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? ExpMonth { get; set; }
        [Newtonsoft.Json.JsonProperty("exp_year", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? ExpYear { get; set; }
        [Newtonsoft.Json.JsonProperty("fingerprint", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Fingerprint { get; set; }
        [Newtonsoft.Json.JsonProperty("id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("last4", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Last4 { get; set; }
        [Newtonsoft.Json.JsonProperty("type", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Type { get; set; }
    }
    public class EditAppointmentRequest
    {
        public EditAppointmentRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("duration", Required=Newtonsoft.Json.Required.Always)]
        public double? Duration { get; set; }
        [Newtonsoft.Json.JsonProperty("practitioner_id", Required=Newtonsoft.Json.Required.Always)]
        public string? PractitionerId { get; set; }
        [Newtonsoft.Json.JsonProperty("start_time", Required=Newtonsoft.Json.Required.AllowNull)]
        public System.DateTimeOffset? StartTime { get; set; }
        [Newtonsoft.Json.JsonProperty("suppress_availability_check", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? SuppressAvailabilityCheck { get; set; }
        [Newtonsoft.Json.JsonProperty("suppress_mail", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? SuppressMail { get; set; }
    }
    public class EhrPatientCandidate
    {
        public EhrPatientCandidate() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("county", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? County { get; set; }
        [Newtonsoft.Json.JsonProperty("data_source", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.EhrPatientCandidateDataSource? DataSource { get; set; }
        [Newtonsoft.Json.JsonProperty("deceased_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? DeceasedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("dob", Required=Newtonsoft.Json.Required.AllowNull)]
        public System.DateOnly? Dob { get; set; }
        [Newtonsoft.Json.JsonProperty("ehr_partner_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EhrPartnerId { get; set; }
        [Newtonsoft.Json.JsonProperty("email", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Email { get; set; }
        [Newtonsoft.Json.JsonProperty("emis_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EmisId { get; set; }
        [Newtonsoft.Json.JsonProperty("first_name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? FirstName { get; set; }
        [Newtonsoft.Json.JsonProperty("hero_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? HeroId { get; set; }
        [Newtonsoft.Json.JsonProperty("hero_uid", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? HeroUid { get; set; }
        [Newtonsoft.Json.JsonProperty("identifiers", Required=Newtonsoft.Json.Required.Always)]
        public System.Collections.Generic.List<HeroHealth.Client.EhrPatientCandidateIdentifier>? Identifiers { get; set; }
        [Newtonsoft.Json.JsonProperty("last_name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? LastName { get; set; }
        [Newtonsoft.Json.JsonProperty("last_sync_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? LastSyncAt { get; set; }
        [Newtonsoft.Json.JsonProperty("line_1", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Line1 { get; set; }
        [Newtonsoft.Json.JsonProperty("line_2", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Line2 { get; set; }
        [Newtonsoft.Json.JsonProperty("line_3", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Line3 { get; set; }
        [Newtonsoft.Json.JsonProperty("mobile", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Mobile { get; set; }
        [Newtonsoft.Json.JsonProperty("nhs_number", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? NhsNumber { get; set; }
        [Newtonsoft.Json.JsonProperty("postcode", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Postcode { get; set; }
        [Newtonsoft.Json.JsonProperty("restricted", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? Restricted { get; set; }
        [Newtonsoft.Json.JsonProperty("sex", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.EhrPatientCandidateSex? Sex { get; set; }
        [Newtonsoft.Json.JsonProperty("title", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.EhrPatientCandidateTitle? Title { get; set; }
        [Newtonsoft.Json.JsonProperty("town", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Town { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.EhrPatientCandidateDataSource>))]
    public readonly struct EhrPatientCandidateDataSource : System.IEquatable<HeroHealth.Client.EhrPatientCandidateDataSource>
    {
        public EhrPatientCandidateDataSource(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.EhrPatientCandidateDataSource Emis { get; }
        public static HeroHealth.Client.EhrPatientCandidateDataSource Gha { get; }
        public static HeroHealth.Client.EhrPatientCandidateDataSource Hero { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.EhrPatientCandidateDataSource> KnownValues { get; }
        public static HeroHealth.Client.EhrPatientCandidateDataSource Pds { get; }
        public static HeroHealth.Client.EhrPatientCandidateDataSource SystmOne { get; }
        public bool Equals(HeroHealth.Client.EhrPatientCandidateDataSource other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.EhrPatientCandidateDataSource op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.EhrPatientCandidateDataSource left, HeroHealth.Client.EhrPatientCandidateDataSource right) { }
        public static bool operator ==(HeroHealth.Client.EhrPatientCandidateDataSource left, HeroHealth.Client.EhrPatientCandidateDataSource right) { }
    }
    public class EhrPatientCandidateIdentifier
    {
        public EhrPatientCandidateIdentifier() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("label", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.EhrPatientCandidateIdentifierLabel? Label { get; set; }
        [Newtonsoft.Json.JsonProperty("name", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.EhrPatientCandidateIdentifierName? Name { get; set; }
        [Newtonsoft.Json.JsonProperty("role", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.EhrPatientCandidateIdentifierRole? Role { get; set; }
        [Newtonsoft.Json.JsonProperty("source", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.EhrPatientCandidateIdentifierSource? Source { get; set; }
        [Newtonsoft.Json.JsonProperty("value", Required=Newtonsoft.Json.Required.Always)]
        public string? Value { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.EhrPatientCandidateIdentifierLabel>))]
    public readonly struct EhrPatientCandidateIdentifierLabel : System.IEquatable<HeroHealth.Client.EhrPatientCandidateIdentifierLabel>
    {
        public EhrPatientCandidateIdentifierLabel(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierLabel Emis { get; }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierLabel Gha { get; }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierLabel Hero { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.EhrPatientCandidateIdentifierLabel> KnownValues { get; }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierLabel Nhs { get; }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierLabel SystmOne { get; }
        public bool Equals(HeroHealth.Client.EhrPatientCandidateIdentifierLabel other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierLabel op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.EhrPatientCandidateIdentifierLabel left, HeroHealth.Client.EhrPatientCandidateIdentifierLabel right) { }
        public static bool operator ==(HeroHealth.Client.EhrPatientCandidateIdentifierLabel left, HeroHealth.Client.EhrPatientCandidateIdentifierLabel right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.EhrPatientCandidateIdentifierName>))]
    public readonly struct EhrPatientCandidateIdentifierName : System.IEquatable<HeroHealth.Client.EhrPatientCandidateIdentifierName>
    {
        public EhrPatientCandidateIdentifierName(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierName EhrPartnerId { get; }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierName GhaNumber { get; }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierName HeroId { get; }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierName HeroUid { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.EhrPatientCandidateIdentifierName> KnownValues { get; }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierName NhsNumber { get; }
        public bool Equals(HeroHealth.Client.EhrPatientCandidateIdentifierName other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierName op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.EhrPatientCandidateIdentifierName left, HeroHealth.Client.EhrPatientCandidateIdentifierName right) { }
        public static bool operator ==(HeroHealth.Client.EhrPatientCandidateIdentifierName left, HeroHealth.Client.EhrPatientCandidateIdentifierName right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.EhrPatientCandidateIdentifierRole>))]
    public readonly struct EhrPatientCandidateIdentifierRole : System.IEquatable<HeroHealth.Client.EhrPatientCandidateIdentifierRole>
    {
        public EhrPatientCandidateIdentifierRole(string value) { }
        public bool IsKnown { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.EhrPatientCandidateIdentifierRole> KnownValues { get; }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierRole Main { get; }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierRole Secondary { get; }
        public bool Equals(HeroHealth.Client.EhrPatientCandidateIdentifierRole other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierRole op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.EhrPatientCandidateIdentifierRole left, HeroHealth.Client.EhrPatientCandidateIdentifierRole right) { }
        public static bool operator ==(HeroHealth.Client.EhrPatientCandidateIdentifierRole left, HeroHealth.Client.EhrPatientCandidateIdentifierRole right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.EhrPatientCandidateIdentifierSource>))]
    public readonly struct EhrPatientCandidateIdentifierSource : System.IEquatable<HeroHealth.Client.EhrPatientCandidateIdentifierSource>
    {
        public EhrPatientCandidateIdentifierSource(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierSource EhrPartner { get; }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierSource Gha { get; }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierSource Hero { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.EhrPatientCandidateIdentifierSource> KnownValues { get; }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierSource Nhs { get; }
        public bool Equals(HeroHealth.Client.EhrPatientCandidateIdentifierSource other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.EhrPatientCandidateIdentifierSource op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.EhrPatientCandidateIdentifierSource left, HeroHealth.Client.EhrPatientCandidateIdentifierSource right) { }
        public static bool operator ==(HeroHealth.Client.EhrPatientCandidateIdentifierSource left, HeroHealth.Client.EhrPatientCandidateIdentifierSource right) { }
    }
    public class EhrPatientCandidateList : HeroHealth.Client.IHeroPage<HeroHealth.Client.EhrPatientCandidate>
    {
        public EhrPatientCandidateList() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("count", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? Count { get; set; }
        [Newtonsoft.Json.JsonProperty("data", Required=Newtonsoft.Json.Required.Always)]
        public System.Collections.Generic.List<HeroHealth.Client.EhrPatientCandidate>? Data { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.EhrPatientCandidateSex>))]
    public readonly struct EhrPatientCandidateSex : System.IEquatable<HeroHealth.Client.EhrPatientCandidateSex>
    {
        public EhrPatientCandidateSex(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.EhrPatientCandidateSex Female { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.EhrPatientCandidateSex> KnownValues { get; }
        public static HeroHealth.Client.EhrPatientCandidateSex Male { get; }
        public static HeroHealth.Client.EhrPatientCandidateSex NotKnown { get; }
        public static HeroHealth.Client.EhrPatientCandidateSex NotSpecified { get; }
        public static HeroHealth.Client.EhrPatientCandidateSex Other { get; }
        public bool Equals(HeroHealth.Client.EhrPatientCandidateSex other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.EhrPatientCandidateSex op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.EhrPatientCandidateSex left, HeroHealth.Client.EhrPatientCandidateSex right) { }
        public static bool operator ==(HeroHealth.Client.EhrPatientCandidateSex left, HeroHealth.Client.EhrPatientCandidateSex right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.EhrPatientCandidateTitle>))]
    public readonly struct EhrPatientCandidateTitle : System.IEquatable<HeroHealth.Client.EhrPatientCandidateTitle>
    {
        public EhrPatientCandidateTitle(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Baron { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Baroness { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Brigadier { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Captain { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Colonel { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Count { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Countess { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Dame { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Dr { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Duchess { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Duke { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Earl { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Empty { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Father { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle HEAmbassadorMr { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle HEMr { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle HEMrs { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle HerGrace { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle HisExcellency { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle HisGrace { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle HmKing { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle HmQueen { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Hrh { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle HrhPrince { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle HrhPrincess { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Insurance { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.EhrPatientCandidateTitle> KnownValues { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Lady { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Lord { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Major { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Master { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Miss { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Mr { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Mrs { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Ms { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Mss { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Mx { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Pr { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Professor { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Rabbi { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Reverend { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Sheikh { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Sheikha { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Sir { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle The { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle TheDowagerViscountess { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle TheHon { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle TheHonMr { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle TheHonMrs { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Viscount { get; }
        public static HeroHealth.Client.EhrPatientCandidateTitle Viscountess { get; }
        public bool Equals(HeroHealth.Client.EhrPatientCandidateTitle other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.EhrPatientCandidateTitle op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.EhrPatientCandidateTitle left, HeroHealth.Client.EhrPatientCandidateTitle right) { }
        public static bool operator ==(HeroHealth.Client.EhrPatientCandidateTitle left, HeroHealth.Client.EhrPatientCandidateTitle right) { }
    }
    public sealed class EmailOptions : HeroHealth.Client.MessageOptions
    {
        public EmailOptions() { }
        public string? Recipient { get; init; }
    }
    public class Episode
    {
        public Episode() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("assignees", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<HeroHealth.Client.EpisodeAssignee>? Assignees { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("priority", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.EpisodePriority? Priority { get; set; }
        [Newtonsoft.Json.JsonProperty("status", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.EpisodeStatus? Status { get; set; }
        [Newtonsoft.Json.JsonProperty("tasks", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<HeroHealth.Client.EpisodeTask>? Tasks { get; set; }
    }
    public class EpisodeAssignee
    {
        public EpisodeAssignee() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("name", Required=Newtonsoft.Json.Required.AllowNull)]
        public string? Name { get; set; }
        [Newtonsoft.Json.JsonProperty("type", Required=Newtonsoft.Json.Required.AllowNull)]
        public HeroHealth.Client.EpisodeAssigneeType? Type { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.EpisodeAssigneeType>))]
    public readonly struct EpisodeAssigneeType : System.IEquatable<HeroHealth.Client.EpisodeAssigneeType>
    {
        public EpisodeAssigneeType(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.EpisodeAssigneeType Admin { get; }
        public static HeroHealth.Client.EpisodeAssigneeType AdminTeam { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.EpisodeAssigneeType> KnownValues { get; }
        public static HeroHealth.Client.EpisodeAssigneeType Unassigned { get; }
        public bool Equals(HeroHealth.Client.EpisodeAssigneeType other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.EpisodeAssigneeType op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.EpisodeAssigneeType left, HeroHealth.Client.EpisodeAssigneeType right) { }
        public static bool operator ==(HeroHealth.Client.EpisodeAssigneeType left, HeroHealth.Client.EpisodeAssigneeType right) { }
    }
    public static class EpisodeClientExtensions
    {
        public static HeroHealth.Client.HeroPageable<HeroHealth.Client.EpisodeSummary> ListAllEpisodesAsync(this HeroHealth.Client.IEpisodeClient client, System.Threading.CancellationToken cancellationToken) { }
        public static HeroHealth.Client.HeroPageable<HeroHealth.Client.EpisodeSummary> ListAllEpisodesAsync(this HeroHealth.Client.IEpisodeClient client, System.Collections.Generic.IEnumerable<string>? assigneeId = null, System.Collections.Generic.IEnumerable<HeroHealth.Client.ListEpisodesAssigneeTypeItem>? assigneeType = null, System.Collections.Generic.IEnumerable<HeroHealth.Client.ListEpisodesStatusItem>? status = null, System.Collections.Generic.IEnumerable<HeroHealth.Client.ListEpisodesPriorityItem>? priority = null, System.Collections.Generic.IEnumerable<HeroHealth.Client.ListEpisodesOrderByItem>? orderBy = null, System.Collections.Generic.IEnumerable<string>? orderDescending = null, HeroHealth.Client.PagingOptions? paging = null, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.EpisodeSummaryList?> ListEpisodesAsync(this HeroHealth.Client.IEpisodeClient client, System.Threading.CancellationToken cancellationToken) { }
    }
    public class EpisodeNote
    {
        public EpisodeNote() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("admin", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.EpisodeNoteAdmin? Admin { get; set; }
        [Newtonsoft.Json.JsonProperty("archived_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? ArchivedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("created_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? CreatedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("description", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Description { get; set; }
        [Newtonsoft.Json.JsonProperty("id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("practice_group_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? PracticeGroupId { get; set; }
    }
    public class EpisodeNoteAdmin
    {
        public EpisodeNoteAdmin() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("first_name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? FirstName { get; set; }
        [Newtonsoft.Json.JsonProperty("full_name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? FullName { get; set; }
        [Newtonsoft.Json.JsonProperty("id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("last_name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? LastName { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.EpisodePriority>))]
    public readonly struct EpisodePriority : System.IEquatable<HeroHealth.Client.EpisodePriority>
    {
        public EpisodePriority(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.EpisodePriority High { get; }
        public static HeroHealth.Client.EpisodePriority Highest { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.EpisodePriority> KnownValues { get; }
        public static HeroHealth.Client.EpisodePriority Low { get; }
        public static HeroHealth.Client.EpisodePriority Lowest { get; }
        public static HeroHealth.Client.EpisodePriority Medium { get; }
        public bool Equals(HeroHealth.Client.EpisodePriority other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.EpisodePriority op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.EpisodePriority left, HeroHealth.Client.EpisodePriority right) { }
        public static bool operator ==(HeroHealth.Client.EpisodePriority left, HeroHealth.Client.EpisodePriority right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.EpisodeStatus>))]
    public readonly struct EpisodeStatus : System.IEquatable<HeroHealth.Client.EpisodeStatus>
    {
        public EpisodeStatus(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.EpisodeStatus Closed { get; }
        public static HeroHealth.Client.EpisodeStatus InProgress { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.EpisodeStatus> KnownValues { get; }
        public static HeroHealth.Client.EpisodeStatus Open { get; }
        public bool Equals(HeroHealth.Client.EpisodeStatus other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.EpisodeStatus op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.EpisodeStatus left, HeroHealth.Client.EpisodeStatus right) { }
        public static bool operator ==(HeroHealth.Client.EpisodeStatus left, HeroHealth.Client.EpisodeStatus right) { }
    }
    public class EpisodeSummary
    {
        public EpisodeSummary() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("assignees", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<Newtonsoft.Json.Linq.JToken>? Assignees { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("patient", Required=Newtonsoft.Json.Required.AllowNull)]
        public HeroHealth.Client.EpisodeSummaryPatient? Patient { get; set; }
        [Newtonsoft.Json.JsonProperty("priority", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.EpisodeSummaryPriority? Priority { get; set; }
        [Newtonsoft.Json.JsonProperty("status", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.EpisodeSummaryStatus? Status { get; set; }
        [Newtonsoft.Json.JsonProperty("tasks", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<Newtonsoft.Json.Linq.JToken>? Tasks { get; set; }
    }
    public class EpisodeSummaryList : HeroHealth.Client.IHeroPage<HeroHealth.Client.EpisodeSummary>
    {
        public EpisodeSummaryList() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("data", Required=Newtonsoft.Json.Required.Always)]
        public System.Collections.Generic.List<HeroHealth.Client.EpisodeSummary>? Data { get; set; }
    }
    public class EpisodeSummaryPatient
    {
        public EpisodeSummaryPatient() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("deceased_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? DeceasedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("dob", Required=Newtonsoft.Json.Required.AllowNull)]
        public System.DateOnly? Dob { get; set; }
        [Newtonsoft.Json.JsonProperty("ehr_partner_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EhrPartnerId { get; set; }
        [Newtonsoft.Json.JsonProperty("emis_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EmisId { get; set; }
        [Newtonsoft.Json.JsonProperty("title", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Title { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.EpisodeSummaryPriority>))]
    public readonly struct EpisodeSummaryPriority : System.IEquatable<HeroHealth.Client.EpisodeSummaryPriority>
    {
        public EpisodeSummaryPriority(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.EpisodeSummaryPriority High { get; }
        public static HeroHealth.Client.EpisodeSummaryPriority Highest { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.EpisodeSummaryPriority> KnownValues { get; }
        public static HeroHealth.Client.EpisodeSummaryPriority Low { get; }
        public static HeroHealth.Client.EpisodeSummaryPriority Lowest { get; }
        public static HeroHealth.Client.EpisodeSummaryPriority Medium { get; }
        public bool Equals(HeroHealth.Client.EpisodeSummaryPriority other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.EpisodeSummaryPriority op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.EpisodeSummaryPriority left, HeroHealth.Client.EpisodeSummaryPriority right) { }
        public static bool operator ==(HeroHealth.Client.EpisodeSummaryPriority left, HeroHealth.Client.EpisodeSummaryPriority right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.EpisodeSummaryStatus>))]
    public readonly struct EpisodeSummaryStatus : System.IEquatable<HeroHealth.Client.EpisodeSummaryStatus>
    {
        public EpisodeSummaryStatus(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.EpisodeSummaryStatus Closed { get; }
        public static HeroHealth.Client.EpisodeSummaryStatus InProgress { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.EpisodeSummaryStatus> KnownValues { get; }
        public static HeroHealth.Client.EpisodeSummaryStatus Open { get; }
        public bool Equals(HeroHealth.Client.EpisodeSummaryStatus other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.EpisodeSummaryStatus op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.EpisodeSummaryStatus left, HeroHealth.Client.EpisodeSummaryStatus right) { }
        public static bool operator ==(HeroHealth.Client.EpisodeSummaryStatus left, HeroHealth.Client.EpisodeSummaryStatus right) { }
    }
    public class EpisodeTask
    {
        public EpisodeTask() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("category", Required=Newtonsoft.Json.Required.Always)]
        public string? Category { get; set; }
        [Newtonsoft.Json.JsonProperty("details", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Details { get; set; }
        [Newtonsoft.Json.JsonProperty("patient", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.EpisodeTaskPatient? Patient { get; set; }
        [Newtonsoft.Json.JsonProperty("type_label", Required=Newtonsoft.Json.Required.Always)]
        public string? TypeLabel { get; set; }
    }
    public class EpisodeTaskPatient
    {
        public EpisodeTaskPatient() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("address", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.EpisodeTaskPatientAddress? Address { get; set; }
        [Newtonsoft.Json.JsonProperty("contact_emails", Required=Newtonsoft.Json.Required.AllowNull)]
        public System.Collections.Generic.List<string>? ContactEmails { get; set; }
        [Newtonsoft.Json.JsonProperty("deceased_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? DeceasedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("dob", Required=Newtonsoft.Json.Required.AllowNull)]
        public System.DateOnly? Dob { get; set; }
        [Newtonsoft.Json.JsonProperty("ehr_partner_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EhrPartnerId { get; set; }
        [Newtonsoft.Json.JsonProperty("email", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Email { get; set; }
        [Newtonsoft.Json.JsonProperty("emis_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EmisId { get; set; }
        [Newtonsoft.Json.JsonProperty("first_name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? FirstName { get; set; }
        [Newtonsoft.Json.JsonProperty("full_name", Required=Newtonsoft.Json.Required.Always)]
        public string? FullName { get; set; }
        [Newtonsoft.Json.JsonProperty("last_name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? LastName { get; set; }
        [Newtonsoft.Json.JsonProperty("last_sync_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? LastSyncAt { get; set; }
        [Newtonsoft.Json.JsonProperty("membership_scheme_names", Required=Newtonsoft.Json.Required.AllowNull)]
        public System.Collections.Generic.List<string>? MembershipSchemeNames { get; set; }
        [Newtonsoft.Json.JsonProperty("mobile", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Mobile { get; set; }
        [Newtonsoft.Json.JsonProperty("nhs_number", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? NhsNumber { get; set; }
        [Newtonsoft.Json.JsonProperty("notes", Required=Newtonsoft.Json.Required.AllowNull)]
        public string? Notes { get; set; }
        [Newtonsoft.Json.JsonProperty("registered_practitioner_name", Required=Newtonsoft.Json.Required.AllowNull)]
        public string? RegisteredPractitionerName { get; set; }
        [Newtonsoft.Json.JsonProperty("sex", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.EpisodeTaskPatientSex? Sex { get; set; }
        [Newtonsoft.Json.JsonProperty("title", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Title { get; set; }
        [Newtonsoft.Json.JsonProperty("uid", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Uid { get; set; }
    }
    public class EpisodeTaskPatientAddress
    {
        public EpisodeTaskPatientAddress() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("country", Required=Newtonsoft.Json.Required.Always)]
        public string? Country { get; set; }
        [Newtonsoft.Json.JsonProperty("county", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? County { get; set; }
        [Newtonsoft.Json.JsonProperty("line1", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Line1 { get; set; }
        [Newtonsoft.Json.JsonProperty("line2", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Line2 { get; set; }
        [Newtonsoft.Json.JsonProperty("line3", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Line3 { get; set; }
        [Newtonsoft.Json.JsonProperty("postcode", Required=Newtonsoft.Json.Required.Always)]
        public string? Postcode { get; set; }
        [Newtonsoft.Json.JsonProperty("town", Required=Newtonsoft.Json.Required.Always)]
        public string? Town { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.EpisodeTaskPatientSex>))]
    public readonly struct EpisodeTaskPatientSex : System.IEquatable<HeroHealth.Client.EpisodeTaskPatientSex>
    {
        public EpisodeTaskPatientSex(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.EpisodeTaskPatientSex Female { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.EpisodeTaskPatientSex> KnownValues { get; }
        public static HeroHealth.Client.EpisodeTaskPatientSex Male { get; }
        public static HeroHealth.Client.EpisodeTaskPatientSex Other { get; }
        public static HeroHealth.Client.EpisodeTaskPatientSex Unspecified { get; }
        public bool Equals(HeroHealth.Client.EpisodeTaskPatientSex other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.EpisodeTaskPatientSex op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.EpisodeTaskPatientSex left, HeroHealth.Client.EpisodeTaskPatientSex right) { }
        public static bool operator ==(HeroHealth.Client.EpisodeTaskPatientSex left, HeroHealth.Client.EpisodeTaskPatientSex right) { }
    }
    public class Form
    {
        public Form() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("description", Required=Newtonsoft.Json.Required.Always)]
        public string? Description { get; set; }
        [Newtonsoft.Json.JsonProperty("fields", Required=Newtonsoft.Json.Required.Always)]
        public System.Collections.Generic.List<HeroHealth.Client.FormField>? Fields { get; set; }
        [Newtonsoft.Json.JsonProperty("form_type", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.FormFormType? FormType { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("patient_description", Required=Newtonsoft.Json.Required.AllowNull)]
        public string? PatientDescription { get; set; }
        [Newtonsoft.Json.JsonProperty("patient_title", Required=Newtonsoft.Json.Required.AllowNull)]
        public string? PatientTitle { get; set; }
        [Newtonsoft.Json.JsonProperty("snomed_code", Required=Newtonsoft.Json.Required.AllowNull)]
        public string? SnomedCode { get; set; }
        [Newtonsoft.Json.JsonProperty("title", Required=Newtonsoft.Json.Required.Always)]
        public string? Title { get; set; }
    }
    public static class FormClientExtensions
    {
        public static System.Threading.Tasks.Task<HeroHealth.Client.FormSummaryList?> ListFormsAsync(this HeroHealth.Client.IFormClient client, System.Threading.CancellationToken cancellationToken) { }
    }
    public class FormField
    {
        public FormField() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("form_question_id", Required=Newtonsoft.Json.Required.Always)]
        public string? FormQuestionId { get; set; }
        [Newtonsoft.Json.JsonProperty("name", Required=Newtonsoft.Json.Required.Always)]
        public string? Name { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.FormFormType>))]
    public readonly struct FormFormType : System.IEquatable<HeroHealth.Client.FormFormType>
    {
        public FormFormType(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.FormFormType Appointment { get; }
        public static HeroHealth.Client.FormFormType CareNavigation { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.FormFormType> KnownValues { get; }
        public static HeroHealth.Client.FormFormType Questionnaire { get; }
        public static HeroHealth.Client.FormFormType Response { get; }
        public bool Equals(HeroHealth.Client.FormFormType other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.FormFormType op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.FormFormType left, HeroHealth.Client.FormFormType right) { }
        public static bool operator ==(HeroHealth.Client.FormFormType left, HeroHealth.Client.FormFormType right) { }
    }
    public class FormResponse
    {
        public FormResponse() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("admin_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? AdminId { get; set; }
        [Newtonsoft.Json.JsonProperty("appointment_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? AppointmentId { get; set; }
        [Newtonsoft.Json.JsonProperty("client_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? ClientId { get; set; }
        [Newtonsoft.Json.JsonProperty("created_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? CreatedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("emis_file_record_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EmisFileRecordAt { get; set; }
        [Newtonsoft.Json.JsonProperty("form_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? FormId { get; set; }
        [Newtonsoft.Json.JsonProperty("hidden", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? Hidden { get; set; }
        [Newtonsoft.Json.JsonProperty("id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("invoice_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? InvoiceId { get; set; }
        [Newtonsoft.Json.JsonProperty("practice_group_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? PracticeGroupId { get; set; }
        [Newtonsoft.Json.JsonProperty("short_link_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? ShortLinkId { get; set; }
        [Newtonsoft.Json.JsonProperty("updated_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? UpdatedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("write_to_record_error", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? WriteToRecordError { get; set; }
    }
    public class FormSummary
    {
        public FormSummary() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("description", Required=Newtonsoft.Json.Required.Always)]
        public string? Description { get; set; }
        [Newtonsoft.Json.JsonProperty("form_type", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.FormSummaryFormType? FormType { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("patient_description", Required=Newtonsoft.Json.Required.AllowNull)]
        public string? PatientDescription { get; set; }
        [Newtonsoft.Json.JsonProperty("patient_title", Required=Newtonsoft.Json.Required.AllowNull)]
        public string? PatientTitle { get; set; }
        [Newtonsoft.Json.JsonProperty("reply_form", Required=Newtonsoft.Json.Required.Always)]
        public bool? ReplyForm { get; set; }
        [Newtonsoft.Json.JsonProperty("snomed_code", Required=Newtonsoft.Json.Required.AllowNull)]
        public string? SnomedCode { get; set; }
        [Newtonsoft.Json.JsonProperty("title", Required=Newtonsoft.Json.Required.Always)]
        public string? Title { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.FormSummaryFormType>))]
    public readonly struct FormSummaryFormType : System.IEquatable<HeroHealth.Client.FormSummaryFormType>
    {
        public FormSummaryFormType(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.FormSummaryFormType Appointment { get; }
        public static HeroHealth.Client.FormSummaryFormType CareNavigation { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.FormSummaryFormType> KnownValues { get; }
        public static HeroHealth.Client.FormSummaryFormType Questionnaire { get; }
        public static HeroHealth.Client.FormSummaryFormType Response { get; }
        public bool Equals(HeroHealth.Client.FormSummaryFormType other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.FormSummaryFormType op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.FormSummaryFormType left, HeroHealth.Client.FormSummaryFormType right) { }
        public static bool operator ==(HeroHealth.Client.FormSummaryFormType left, HeroHealth.Client.FormSummaryFormType right) { }
    }
    public class FormSummaryList : HeroHealth.Client.IHeroPage<HeroHealth.Client.FormSummary>
    {
        public FormSummaryList() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("count", Required=Newtonsoft.Json.Required.Always)]
        public double? Count { get; set; }
        [Newtonsoft.Json.JsonProperty("data", Required=Newtonsoft.Json.Required.Always)]
        public System.Collections.Generic.List<HeroHealth.Client.FormSummary>? Data { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.GetPatientByIdV2DataSource>))]
    public readonly struct GetPatientByIdV2DataSource : System.IEquatable<HeroHealth.Client.GetPatientByIdV2DataSource>
    {
        public GetPatientByIdV2DataSource(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.GetPatientByIdV2DataSource Ehr { get; }
        public static HeroHealth.Client.GetPatientByIdV2DataSource Hero { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.GetPatientByIdV2DataSource> KnownValues { get; }
        public bool Equals(HeroHealth.Client.GetPatientByIdV2DataSource other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.GetPatientByIdV2DataSource op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.GetPatientByIdV2DataSource left, HeroHealth.Client.GetPatientByIdV2DataSource right) { }
        public static bool operator ==(HeroHealth.Client.GetPatientByIdV2DataSource left, HeroHealth.Client.GetPatientByIdV2DataSource right) { }
    }
    public class HeidiToken
    {
        public HeidiToken() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("expiration_time", Required=Newtonsoft.Json.Required.Always)]
        public System.DateTimeOffset? ExpirationTime { get; set; }
        [Newtonsoft.Json.JsonProperty("token", Required=Newtonsoft.Json.Required.Always)]
        public string? Token { get; set; }
    }
    public sealed class HeroAccessToken : System.IEquatable<HeroHealth.Client.HeroAccessToken>
    {
        public HeroAccessToken(string Token, System.DateTimeOffset ExpiresAt, string PracticeGroupId) { }
        public System.DateTimeOffset ExpiresAt { get; init; }
        public string PracticeGroupId { get; init; }
        public string Token { get; init; }
        public override string ToString() { }
    }
    public class HeroAccessTokenProvider
    {
        public static readonly System.TimeSpan DocumentedLifetime;
        public HeroAccessTokenProvider(HeroHealth.Client.HeroHealthClient hero, System.TimeSpan? refreshMargin = default, System.TimeProvider? timeProvider = null) { }
        public System.TimeSpan RefreshMargin { get; }
        public virtual System.Threading.Tasks.Task<HeroHealth.Client.HeroAccessToken> GetTokenAsync(System.Threading.CancellationToken cancellationToken = default) { }
        public virtual System.Threading.Tasks.Task<HeroHealth.Client.HeroAccessToken> GetTokenAsync(string? practiceGroupId, System.Threading.CancellationToken cancellationToken = default) { }
        public virtual void Invalidate(string? practiceGroupId = null) { }
        public static System.DateTimeOffset? ReadExpiry(string jwt) { }
    }
    public static class HeroCapability
    {
        public const string SmsMessaging = "sms_messaging";
    }
    public sealed class HeroCapabilitySet : System.Collections.Generic.IEnumerable<string>, System.Collections.Generic.IReadOnlyCollection<string>, System.Collections.Generic.IReadOnlySet<string>, System.Collections.IEnumerable
    {
        public HeroCapabilitySet(System.Collections.Generic.IEnumerable<string> values) { }
        public bool CanSendSms { get; }
        public int Count { get; }
        public System.Collections.Generic.IReadOnlyCollection<string> Unrecognized { get; }
        public bool Contains(string item) { }
        public System.Collections.Generic.IEnumerator<string> GetEnumerator() { }
        public bool IsProperSubsetOf(System.Collections.Generic.IEnumerable<string> other) { }
        public bool IsProperSupersetOf(System.Collections.Generic.IEnumerable<string> other) { }
        public bool IsSubsetOf(System.Collections.Generic.IEnumerable<string> other) { }
        public bool IsSupersetOf(System.Collections.Generic.IEnumerable<string> other) { }
        public bool Overlaps(System.Collections.Generic.IEnumerable<string> other) { }
        public bool SetEquals(System.Collections.Generic.IEnumerable<string> other) { }
        public override string ToString() { }
    }
    public class HeroHealthApiException : HeroHealth.Client.HeroHealthException
    {
        protected HeroHealthApiException(string message, HeroHealth.Client.HeroHealthFailure failure, System.Exception? innerException) { }
        public System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> Headers { get; }
        public string? ResponseBody { get; }
        public System.TimeSpan? RetryAfter { get; }
        public int StatusCode { get; }
        protected static string Describe(HeroHealth.Client.HeroHealthFailure failure, string? explanation) { }
        public static HeroHealth.Client.HeroHealthApiException FromFailure(HeroHealth.Client.HeroHealthFailure failure) { }
    }
    public class HeroHealthAuthenticationException : HeroHealth.Client.HeroHealthApiException
    {
        public HeroHealthAuthenticationException(HeroHealth.Client.HeroHealthFailure failure) { }
    }
    public class HeroHealthClient : System.IDisposable
    {
        protected HeroHealthClient() { }
        public HeroHealthClient(HeroHealth.Client.HeroHealthClientOptions options, Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory = null, System.TimeProvider? timeProvider = null) { }
        public HeroHealthClient(HeroHealth.Client.HeroHealthClientOptions options, System.Net.Http.HttpMessageHandler transport, Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory = null, System.TimeProvider? timeProvider = null) { }
        public HeroHealthClient(System.Net.Http.HttpClient httpClient, HeroHealth.Client.HeroHealthClientOptions options, Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory = null, System.TimeProvider? timeProvider = null) { }
        public virtual HeroHealth.Client.IAdminClient Admins { get; }
        public virtual System.Uri BaseAddress { get; }
        public virtual HeroHealth.Client.IBookingClient Booking { get; }
        public virtual HeroHealth.Client.IBookingHcaClient BookingHca { get; }
        public virtual HeroHealth.Client.IEpisodeClient Episodes { get; }
        public virtual HeroHealth.Client.IFormResponseClient FormResponses { get; }
        public virtual HeroHealth.Client.IFormClient Forms { get; }
        public virtual HeroHealth.Client.IInvoicingClient Invoicing { get; }
        public virtual HeroHealth.Client.ILinksClient Links { get; }
        public virtual HeroHealth.Client.IMessagesClient Messages { get; }
        protected HeroHealth.Client.HeroHealthClientOptions Options { get; }
        public virtual HeroHealth.Client.IPartnersClient Partners { get; }
        public virtual HeroHealth.Client.IPatientsClient Patients { get; }
        public virtual HeroHealth.Client.IPracticeGroupClient PracticeGroup { get; }
        public virtual string PracticeGroupId { get; }
        public virtual HeroHealth.Client.IPrescriptionClient Prescriptions { get; }
        public virtual HeroHealth.Client.IShortLinksClient ShortLinks { get; }
        public virtual HeroHealth.Client.ISubscriptionsClient Subscriptions { get; }
        public virtual HeroHealth.Client.ITaskClient Tasks { get; }
        public virtual HeroHealth.Client.IWebhooksClient Webhooks { get; }
        public void Dispose() { }
        protected virtual void Dispose(bool disposing) { }
        public virtual HeroHealth.Client.HeroHealthClient ForPracticeGroup(string practiceGroupId) { }
        public virtual System.Threading.Tasks.Task<HeroHealth.Client.HeroResponse> SendAsync(HeroHealth.Client.HeroRequest request, System.Threading.CancellationToken cancellationToken = default) { }
        public override string ToString() { }
        public virtual HeroHealth.Client.HeroHealthClient WithNonIdempotentRetries() { }
    }
    public sealed class HeroHealthClientBuilder
    {
        public string Name { get; }
        public Microsoft.Extensions.DependencyInjection.IServiceCollection Services { get; }
        public HeroHealth.Client.HeroHealthClientBuilder AddPolicy(System.Func<System.IServiceProvider, HeroHealth.Client.HeroPipelinePolicy> createPolicy, HeroHealth.Client.HeroPipelinePosition position = 0) { }
        public HeroHealth.Client.HeroHealthClientBuilder ConfigureTransport(System.Func<System.IServiceProvider, System.Net.Http.HttpMessageHandler> createHandler) { }
    }
    [System.Diagnostics.DebuggerDisplay("{ToString(),nq}")]
    public sealed class HeroHealthClientOptions
    {
        public const string DefaultSectionName = "HeroHealth";
        public HeroHealthClientOptions() { }
        [Newtonsoft.Json.JsonIgnore]
        [System.Diagnostics.DebuggerBrowsable(System.Diagnostics.DebuggerBrowsableState.Never)]
        [System.Text.Json.Serialization.JsonIgnore]
        public string ApiKey { get; set; }
        public string? ApplicationId { get; set; }
        public System.Uri? BaseAddress { get; set; }
        public HeroHealth.Client.HeroHealthEnvironment Environment { get; set; }
        public string PracticeGroupId { get; set; }
        public bool ReportSpecDrift { get; set; }
        public HeroHealth.Client.HeroHealthRetryOptions Retry { get; set; }
        public System.TimeSpan Timeout { get; set; }
        public HeroHealth.Client.HeroHealthClientOptions AddPolicy(HeroHealth.Client.HeroPipelinePolicy policy, HeroHealth.Client.HeroPipelinePosition position = 0) { }
        public HeroHealth.Client.HeroHealthClientOptions Clone() { }
        public System.Uri ResolveBaseAddress() { }
        public override string ToString() { }
    }
    public sealed class HeroHealthClientOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<HeroHealth.Client.HeroHealthClientOptions>
    {
        public static readonly HeroHealth.Client.HeroHealthClientOptionsValidator Instance;
        public HeroHealthClientOptionsValidator() { }
        public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, HeroHealth.Client.HeroHealthClientOptions options) { }
        public static void ThrowIfInvalid(HeroHealth.Client.HeroHealthClientOptions options, string? name = null) { }
    }
    public class HeroHealthConflictException : HeroHealth.Client.HeroHealthApiException
    {
        public HeroHealthConflictException(HeroHealth.Client.HeroHealthFailure failure) { }
    }
    public static class HeroHealthDiagnostics
    {
        public const string RequestDurationInstrument = "hero.client.request.duration";
        public const string SourceName = "HeroHealth.Client";
        public static readonly string Version;
    }
    public enum HeroHealthEnvironment
    {
        Mock = 0,
        Staging = 1,
        Production = 2,
    }
    public static class HeroHealthEnvironments
    {
        public static readonly System.Uri Mock;
        public static readonly System.Uri Production;
        public static readonly System.Uri Staging;
        public static System.Uri BaseAddressOf(HeroHealth.Client.HeroHealthEnvironment environment) { }
    }
    public class HeroHealthException : System.ClientModel.ClientResultException
    {
        public HeroHealthException(string message, HeroHealth.Client.HeroOperation? operation, bool mayHaveBeenDelivered, System.Exception? innerException) { }
        public string? ClientRequestId { get; }
        public bool MayHaveBeenDelivered { get; }
        public HeroHealth.Client.HeroOperation? Operation { get; }
        public string? OperationId { get; }
        public string? ServerRequestId { get; }
    }
    public sealed class HeroHealthFailure : System.IEquatable<HeroHealth.Client.HeroHealthFailure>
    {
        public HeroHealthFailure(int StatusCode, HeroHealth.Client.HeroOperation? Operation, string? ResponseBody, System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> Headers, System.TimeSpan? RetryAfter) { }
        public System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> Headers { get; init; }
        public bool MayHaveBeenDelivered { get; init; }
        public HeroHealth.Client.HeroOperation? Operation { get; init; }
        public string? ResponseBody { get; init; }
        public System.TimeSpan? RetryAfter { get; init; }
        public int StatusCode { get; init; }
        public override string ToString() { }
    }
    public class HeroHealthIncompleteListException : HeroHealth.Client.HeroHealthException
    {
        public HeroHealthIncompleteListException(long itemsReceived, long? itemsExpected, string reason) { }
        public long? ItemsExpected { get; }
        public long ItemsReceived { get; }
    }
    public class HeroHealthNotFoundException : HeroHealth.Client.HeroHealthApiException
    {
        public HeroHealthNotFoundException(HeroHealth.Client.HeroHealthFailure failure) { }
    }
    public class HeroHealthOperationCanceledException : System.OperationCanceledException
    {
        public HeroHealthOperationCanceledException(HeroHealth.Client.HeroOperation? operation, bool mayHaveBeenDelivered, System.Exception? innerException, System.Threading.CancellationToken cancellationToken) { }
        public string? ClientRequestId { get; }
        public bool MayHaveBeenDelivered { get; }
        public HeroHealth.Client.HeroOperation? Operation { get; }
        public string? OperationId { get; }
    }
    public class HeroHealthPermissionException : HeroHealth.Client.HeroHealthApiException
    {
        public HeroHealthPermissionException(HeroHealth.Client.HeroHealthFailure failure) { }
        public string? FunctionalArea { get; }
    }
    public class HeroHealthRateLimitException : HeroHealth.Client.HeroHealthApiException
    {
        public HeroHealthRateLimitException(HeroHealth.Client.HeroHealthFailure failure) { }
    }
    public class HeroHealthRedirectException : HeroHealth.Client.HeroHealthApiException
    {
        public HeroHealthRedirectException(HeroHealth.Client.HeroHealthFailure failure, bool followedToOtherOrigin) { }
        public bool FollowedToOtherOrigin { get; }
    }
    public class HeroHealthResendRefusedException : HeroHealth.Client.HeroHealthApiException
    {
        public HeroHealthResendRefusedException(HeroHealth.Client.HeroOperation? operation, string? firstOutcome) { }
        public string? FirstOutcome { get; }
    }
    public class HeroHealthResponseShapeException : HeroHealth.Client.HeroHealthException
    {
        public HeroHealthResponseShapeException(string message, HeroHealth.Client.HeroOperation? operation, string? responseBody, System.Exception? innerException) { }
        public string? ResponseBody { get; }
    }
    public class HeroHealthResponseTooLargeException : HeroHealth.Client.HeroHealthApiException
    {
        public HeroHealthResponseTooLargeException(HeroHealth.Client.HeroHealthFailure failure, long maxBytes) { }
        public long MaxBytes { get; }
    }
    public sealed class HeroHealthRetryOptions
    {
        public HeroHealthRetryOptions() { }
        public System.TimeSpan BaseDelay { get; set; }
        public bool Enabled { get; set; }
        public int MaxAttempts { get; set; }
        public System.TimeSpan MaxDelay { get; set; }
        public System.TimeSpan MaxRetryAfter { get; set; }
    }
    public class HeroHealthServerException : HeroHealth.Client.HeroHealthApiException
    {
        public HeroHealthServerException(HeroHealth.Client.HeroHealthFailure failure) { }
    }
    public class HeroHealthTimeoutException : HeroHealth.Client.HeroHealthApiException
    {
        public HeroHealthTimeoutException(HeroHealth.Client.HeroHealthFailure failure, System.TimeSpan timeout) { }
        public System.TimeSpan Timeout { get; }
    }
    public class HeroHealthTransportException : HeroHealth.Client.HeroHealthApiException
    {
        public HeroHealthTransportException(HeroHealth.Client.HeroHealthFailure failure, System.Exception innerException) { }
        public HeroHealthTransportException(HeroHealth.Client.HeroHealthFailure failure, System.Net.Http.HttpRequestException innerException) { }
    }
    public class HeroHealthValidationException : HeroHealth.Client.HeroHealthApiException
    {
        public HeroHealthValidationException(HeroHealth.Client.HeroHealthFailure failure) { }
        public HeroHealth.Client.ValidationError? Error { get; }
        public System.Collections.Generic.IReadOnlyList<string> InvalidPaths { get; }
    }
    public static class HeroJson
    {
        public static void Configure(Newtonsoft.Json.JsonSerializerSettings settings) { }
        public static Newtonsoft.Json.JsonSerializerSettings CreateSettings() { }
    }
    public sealed class HeroOperation
    {
        public string ClientName { get; }
        public string FunctionalArea { get; }
        public bool IsIdempotent { get; }
        public string Method { get; }
        public string OperationId { get; }
        public string PathTemplate { get; }
        public override string ToString() { }
    }
    public sealed class HeroPage<T> : HeroHealth.Client.IHeroPage<T>, System.IEquatable<HeroHealth.Client.HeroPage<T>>
    {
        public HeroPage(System.Collections.Generic.IReadOnlyList<T> Items, double? Count) { }
        public double? Count { get; init; }
        public System.Collections.Generic.IReadOnlyList<T> Items { get; init; }
    }
    public class HeroPageable<T> : System.Collections.Generic.IAsyncEnumerable<T>
    {
        protected HeroPageable() { }
        public virtual System.Collections.Generic.IAsyncEnumerable<HeroHealth.Client.IHeroPage<T>> AsPages() { }
        public System.Collections.Generic.IAsyncEnumerator<T> GetAsyncEnumerator(System.Threading.CancellationToken cancellationToken = default) { }
    }
    public static class HeroPaging
    {
        public static HeroHealth.Client.HeroPageable<T> EnumerateAsync<T>(System.Func<int, int, System.Threading.CancellationToken, System.Threading.Tasks.Task<HeroHealth.Client.IHeroPage<T>?>> fetchPage, System.Threading.CancellationToken cancellationToken = default) { }
        public static HeroHealth.Client.HeroPageable<T> EnumerateAsync<T>(System.Func<int, int, System.Threading.CancellationToken, System.Threading.Tasks.Task<HeroHealth.Client.IHeroPage<T>?>> fetchPage, HeroHealth.Client.PagingOptions? options, System.Threading.CancellationToken cancellationToken = default) { }
        public static HeroHealth.Client.HeroPageable<T> FromPages<T>(System.Collections.Generic.IEnumerable<HeroHealth.Client.IHeroPage<T>> pages) { }
    }
    [System.Diagnostics.DebuggerDisplay("{ToString(),nq}")]
    public sealed class HeroPipelineMessage : System.IDisposable
    {
        public int Attempt { get; }
        public System.Threading.CancellationToken CancellationToken { get; }
        public string ClientRequestId { get; }
        public bool IsRepeatable { get; }
        public HeroHealth.Client.HeroOperation Operation { get; }
        public System.Net.Http.HttpRequestMessage Request { get; }
        public System.Net.Http.HttpResponseMessage? Response { get; set; }
        public string? ServerRequestId { get; }
        public void Dispose() { }
        public override string ToString() { }
    }
    public abstract class HeroPipelinePolicy
    {
        protected HeroPipelinePolicy() { }
        public abstract System.Threading.Tasks.ValueTask ProcessAsync(HeroHealth.Client.HeroPipelineMessage message, System.Collections.Generic.IReadOnlyList<HeroHealth.Client.HeroPipelinePolicy> pipeline, int currentIndex);
        protected static System.Threading.Tasks.ValueTask ProcessNextAsync(HeroHealth.Client.HeroPipelineMessage message, System.Collections.Generic.IReadOnlyList<HeroHealth.Client.HeroPipelinePolicy> pipeline, int currentIndex) { }
    }
    public enum HeroPipelinePosition
    {
        PerCall = 0,
        PerTry = 1,
    }
    public sealed class HeroRequest
    {
        public System.ReadOnlyMemory<byte>? Body { get; }
        public string? ContentType { get; }
        public System.Net.Http.HttpMethod Method { get; }
        public string OperationId { get; }
        public System.Collections.Generic.IReadOnlyList<string> PathArguments { get; }
        public string PathTemplate { get; }
        public System.Collections.Generic.IReadOnlyList<System.Collections.Generic.KeyValuePair<string, string>> Query { get; }
        public bool SafeToRepeat { get; }
        public HeroHealth.Client.HeroRequest AsSafeToRepeat() { }
        public override string ToString() { }
        public HeroHealth.Client.HeroRequest WithBody(System.ReadOnlyMemory<byte> body, string contentType = "application/json") { }
        public HeroHealth.Client.HeroRequest WithJsonBody(object body) { }
        public HeroHealth.Client.HeroRequest WithOperationId(string operationId) { }
        public HeroHealth.Client.HeroRequest WithQuery(string name, string? value) { }
        public static HeroHealth.Client.HeroRequest Create(System.Net.Http.HttpMethod method, string pathTemplate, params string[] pathArguments) { }
        public static HeroHealth.Client.HeroRequest Delete(string pathTemplate, params string[] pathArguments) { }
        public static HeroHealth.Client.HeroRequest Get(string pathTemplate, params string[] pathArguments) { }
        public static HeroHealth.Client.HeroRequest Patch(string pathTemplate, params string[] pathArguments) { }
        public static HeroHealth.Client.HeroRequest Post(string pathTemplate, params string[] pathArguments) { }
        public static HeroHealth.Client.HeroRequest Put(string pathTemplate, params string[] pathArguments) { }
    }
    public sealed class HeroResponse
    {
        public System.ReadOnlyMemory<byte> Body { get; }
        public System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IEnumerable<string>> Headers { get; }
        public int Status { get; }
        public T? ReadAs<T>() { }
        public string ReadAsString() { }
        public Newtonsoft.Json.Linq.JToken? ReadJson() { }
        public override string ToString() { }
        [return: System.Runtime.CompilerServices.TupleElementNames(new string[] {
                "Value",
                "Response"})]
        public static System.Threading.Tasks.Task<System.ValueTuple<T, HeroHealth.Client.HeroResponse>> CaptureAsync<T>(System.Func<System.Threading.Tasks.Task<T>> call) { }
    }
    public sealed class HeroWebhookClaim : System.IEquatable<HeroHealth.Client.HeroWebhookClaim>
    {
        public HeroWebhookClaim(string EventKey, string Owner, HeroHealth.Client.HeroWebhookClaimStatus Status) { }
        public System.Collections.Generic.IReadOnlyCollection<string> CompletedHandlers { get; init; }
        public string EventKey { get; init; }
        public long FencingToken { get; init; }
        public string Owner { get; init; }
        public HeroHealth.Client.HeroWebhookClaimStatus Status { get; init; }
        public static HeroHealth.Client.HeroWebhookClaim NewOwner(string eventKey) { }
    }
    public enum HeroWebhookClaimStatus
    {
        Acquired = 0,
        HeldElsewhere = 1,
        Completed = 2,
    }
    public enum HeroWebhookDeduplication
    {
        Delivery = 0,
        Event = 1,
    }
    public sealed class HeroWebhookEvent : System.IEquatable<HeroHealth.Client.HeroWebhookEvent>
    {
        public HeroWebhookEvent(HeroHealth.Client.WebhookEventType Type, string ObjectType, string Id, string PracticeGroupId, string RawJson) { }
        public long FencingToken { get; init; }
        public string Id { get; init; }
        public string ObjectType { get; init; }
        public string PracticeGroupId { get; init; }
        public string RawJson { get; init; }
        public HeroHealth.Client.WebhookEventType Type { get; init; }
        public override string ToString() { }
        public static bool TryParse(System.ReadOnlySpan<byte> body, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HeroHealth.Client.HeroWebhookEvent? webhookEvent) { }
        public static bool TryParse(string? body, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HeroHealth.Client.HeroWebhookEvent? webhookEvent) { }
    }
    public static class HeroWebhookHeaders
    {
        public const string Signature = "X-Herohealth-Signature";
        public const string Timestamp = "X-Herohealth-Timestamp";
    }
    public sealed class HeroWebhookInboxCounts : System.IEquatable<HeroHealth.Client.HeroWebhookInboxCounts>
    {
        public HeroWebhookInboxCounts(long Pending, long Dead, System.TimeSpan OldestDueAge = default) { }
        public long Dead { get; init; }
        public System.TimeSpan OldestDueAge { get; init; }
        public long Pending { get; init; }
    }
    public sealed class HeroWebhookInboxItem : System.IEquatable<HeroHealth.Client.HeroWebhookInboxItem>
    {
        public HeroWebhookInboxItem(string EventKey, string Owner, string Payload, int Attempts, System.DateTimeOffset ReceivedAt, string? LastError) { }
        public int Attempts { get; init; }
        public System.Collections.Generic.IReadOnlyCollection<string> CompletedHandlers { get; init; }
        public string EventKey { get; init; }
        public long FencingToken { get; init; }
        public string? LastError { get; init; }
        public string Owner { get; init; }
        public string Payload { get; init; }
        public System.DateTimeOffset ReceivedAt { get; init; }
        public override string ToString() { }
    }
    public static class HeroWebhookSigner
    {
        public static string GenerateSigningKey() { }
        public static string Sign(string signingKey, string timestamp, System.ReadOnlySpan<byte> body) { }
    }
    public sealed class HeroWebhookStoreConfigurationException : System.InvalidOperationException
    {
        public HeroWebhookStoreConfigurationException(string message, System.Exception? innerException = null) { }
    }
    public static class HeroWebhookStoreProbe
    {
        public static System.Threading.Tasks.ValueTask ProveAsync(HeroHealth.Client.IHeroWebhookStore store, System.Threading.CancellationToken cancellationToken) { }
    }
    public sealed class HeroWebhookVerifier
    {
        public HeroWebhookVerifier(System.Collections.Generic.IEnumerable<string> signingKeys, System.TimeSpan? tolerance = default, System.TimeProvider? timeProvider = null, HeroHealth.Client.IHeroWebhookStore? store = null) { }
        public HeroWebhookVerifier(string signingKey, System.TimeSpan? tolerance = default, System.TimeProvider? timeProvider = null, HeroHealth.Client.IHeroWebhookStore? store = null) { }
        public System.TimeSpan Tolerance { get; }
        public System.Threading.Tasks.ValueTask ForgetAsync(HeroHealth.Client.WebhookVerificationResult result, System.Threading.CancellationToken cancellationToken = default) { }
        public HeroHealth.Client.WebhookVerificationResult Verify(string? timestampHeader, string? signatureHeader, System.ReadOnlySpan<byte> body) { }
        public HeroHealth.Client.WebhookVerificationResult Verify(string? timestampHeader, string? signatureHeader, string? body) { }
        public System.Threading.Tasks.ValueTask<HeroHealth.Client.WebhookVerificationResult> VerifyAsync(string? timestampHeader, string? signatureHeader, System.ReadOnlyMemory<byte> body, System.Threading.CancellationToken cancellationToken = default) { }
        public static bool TryParseTimestamp(string? text, out System.DateTimeOffset timestamp) { }
    }
    public interface IAdminClient
    {
        System.Threading.Tasks.Task<HeroHealth.Client.AdminList?> ListAdminsAsync(string? pageIndex = null, string? pageSize = null, HeroHealth.Client.ListAdminsOrderBy? orderBy = default, bool? orderDescending = default, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.UpdateAdminResponse?> UpdateAdminAsync(string id, HeroHealth.Client.UpdateAdminRequest body, System.Threading.CancellationToken cancellationToken = default);
    }
    public interface IBookingClient
    {
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> CancelAppointmentAsync(string id, HeroHealth.Client.CancelAppointmentRequest body, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.SlotAvailability?> CheckSlotAvailabilityAsync(HeroHealth.Client.SlotAvailabilityRequest body, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> CountSlotsAsync(string? appointmentTypeId = null, string? locationId = null, string? practitionerId = null, string? startDate = null, string? endDate = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.AppointmentReservation?> CreateAppointmentAsync(HeroHealth.Client.CreateAppointmentRequest body, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> EditAppointmentAsync(string id, HeroHealth.Client.EditAppointmentRequest body, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.Appointment?> GetAppointmentAsync(string id, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.BookingLink?> GetBookingLinkAsync(string id, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.Slot?> GetSlotAsync(string id, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> ListAppointmentsAsync(System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, string>>? additionalQuery = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> ListSlotsAsync(string? startDate = null, string? endDate = null, System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, string>>? additionalQuery = null, System.Threading.CancellationToken cancellationToken = default);
    }
    public interface IBookingHcaClient
    {
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> SearchHcaConsultantsAsync(string? search = null, string? fields = null, System.Threading.CancellationToken cancellationToken = default);
    }
    public interface IEpisodeClient
    {
        System.Threading.Tasks.Task<HeroHealth.Client.EpisodeNote?> CreateEpisodeNoteAsync(HeroHealth.Client.CreateEpisodeNoteRequest body, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.Episode?> GetEpisodeAsync(string id, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.EpisodeSummaryList?> ListEpisodesAsync(int? pageIndex = default, int? pageSize = default, System.Collections.Generic.IEnumerable<string>? assigneeId = null, System.Collections.Generic.IEnumerable<HeroHealth.Client.ListEpisodesAssigneeTypeItem>? assigneeType = null, System.Collections.Generic.IEnumerable<HeroHealth.Client.ListEpisodesStatusItem>? status = null, System.Collections.Generic.IEnumerable<HeroHealth.Client.ListEpisodesPriorityItem>? priority = null, System.Collections.Generic.IEnumerable<HeroHealth.Client.ListEpisodesOrderByItem>? orderBy = null, System.Collections.Generic.IEnumerable<string>? orderDescending = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> UpdateEpisodeAsync(string id, HeroHealth.Client.UpdateEpisodeRequest body, System.Threading.CancellationToken cancellationToken = default);
    }
    public interface IFormClient
    {
        System.Threading.Tasks.Task<HeroHealth.Client.Form?> GetFormAsync(string id, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.FormSummaryList?> ListFormsAsync(string? search = null, bool? replyForm = default, HeroHealth.Client.ListFormsFormType? formType = default, System.Threading.CancellationToken cancellationToken = default);
    }
    public interface IFormResponseClient
    {
        System.Threading.Tasks.Task<HeroHealth.Client.FormResponse?> GetFormResponseAsync(string id, System.Threading.CancellationToken cancellationToken = default);
    }
    public interface IHeroHealthClientFactory
    {
        HeroHealth.Client.HeroHealthClient CreateClient(string? name = null);
    }
    public interface IHeroPage<out T>
    {
        double? Count { get; }
        System.Collections.Generic.IReadOnlyList<T> Items { get; }
    }
    public interface IHeroWebhookInbox
    {
        System.Threading.Tasks.ValueTask<bool> AddAsync(string eventKey, string payload, System.Threading.CancellationToken cancellationToken);
        System.Threading.Tasks.ValueTask<bool> CompleteAsync(HeroHealth.Client.HeroWebhookInboxItem item, System.TimeSpan retention, System.Threading.CancellationToken cancellationToken);
        System.Threading.Tasks.ValueTask<bool> CompleteHandlerAsync(HeroHealth.Client.HeroWebhookInboxItem item, string handlerId, System.Threading.CancellationToken cancellationToken);
        System.Threading.Tasks.ValueTask<HeroHealth.Client.HeroWebhookInboxCounts> CountAsync(System.Threading.CancellationToken cancellationToken);
        System.Threading.Tasks.ValueTask FailAsync(HeroHealth.Client.HeroWebhookInboxItem item, System.DateTimeOffset? retryAt, string failure, System.Threading.CancellationToken cancellationToken);
        System.Threading.Tasks.ValueTask<HeroHealth.Client.HeroWebhookInboxItem?> LeaseAsync(System.TimeSpan lease, System.Threading.CancellationToken cancellationToken);
        System.Threading.Tasks.ValueTask<System.Collections.Generic.IReadOnlyList<HeroHealth.Client.HeroWebhookInboxItem>> ListDeadAsync(int max, System.Threading.CancellationToken cancellationToken);
        System.Threading.Tasks.ValueTask<bool> RenewAsync(HeroHealth.Client.HeroWebhookInboxItem item, System.TimeSpan lease, System.Threading.CancellationToken cancellationToken);
        System.Threading.Tasks.ValueTask<bool> ReplayAsync(string eventKey, System.Threading.CancellationToken cancellationToken);
    }
    public interface IHeroWebhookStore
    {
        System.Threading.Tasks.ValueTask CheckAsync(System.Threading.CancellationToken cancellationToken);
        System.Threading.Tasks.ValueTask<HeroHealth.Client.HeroWebhookClaim> ClaimAsync(string eventKey, System.TimeSpan lease, System.Threading.CancellationToken cancellationToken);
        System.Threading.Tasks.ValueTask<bool> CompleteAsync(HeroHealth.Client.HeroWebhookClaim claim, System.TimeSpan retention, System.Threading.CancellationToken cancellationToken);
        System.Threading.Tasks.ValueTask<bool> CompleteHandlerAsync(HeroHealth.Client.HeroWebhookClaim claim, string handlerId, System.Threading.CancellationToken cancellationToken);
        System.Threading.Tasks.ValueTask ReleaseAsync(HeroHealth.Client.HeroWebhookClaim claim, System.Threading.CancellationToken cancellationToken);
        System.Threading.Tasks.ValueTask<bool> RenewAsync(HeroHealth.Client.HeroWebhookClaim claim, System.TimeSpan lease, System.Threading.CancellationToken cancellationToken);
    }
    public interface IInvoicingClient
    {
        System.Threading.Tasks.Task<HeroHealth.Client.Customer?> CreateCustomerAsync(HeroHealth.Client.CreateCustomerRequest body, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.Invoice?> CreateInvoiceAsync(HeroHealth.Client.CreateInvoiceRequest body, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.DefaultCustomer?> GetDefaultCustomerAsync(string? patientId = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.CouponList?> ListCouponsAsync(System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.CustomerList?> ListCustomersAsync(string query, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> UpdateInvoiceAsync(string id, HeroHealth.Client.UpdateInvoiceRequest body, System.Threading.CancellationToken cancellationToken = default);
    }
    public interface ILinksClient
    {
        System.Threading.Tasks.Task<HeroHealth.Client.AttachmentLinkResponse?> CreateAttachmentLinkAsync(HeroHealth.Client.CreateAttachmentLinkRequest? body = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.LinkStatus?> GetLinkStatusAsync(string? url = null, string? id = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> UpdateBookingLinkAsync(string id, HeroHealth.Client.UpdateBookingLinkRequest body, System.Threading.CancellationToken cancellationToken = default);
    }
    public interface IMessagesClient
    {
        System.Threading.Tasks.Task<HeroHealth.Client.BatchMessage?> CreateBatchMessageAsync(HeroHealth.Client.CreateBatchMessageRequest body, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.BatchMessage?> GetBatchMessageAsync(string id, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.Message?> GetMessageAsync(string id, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.BatchMessageRecipientList?> ListBatchMessageRecipientsAsync(string id, int? pageSize = default, int? pageIndex = default, string? status = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> ListBatchMessageSendsAsync(string id, int? pageSize = default, int? pageIndex = default, string? status = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.BatchMessage?> ListBatchMessagesAsync(int? pageSize = default, int? pageIndex = default, HeroHealth.Client.ListBatchMessagesStatus? status = default, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> SendBatchMessageAsync(string id, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.SentMessage?> SendMessageAsync(HeroHealth.Client.SendMessageRequest body, System.Threading.CancellationToken cancellationToken = default);
    }
    public interface IPartnersClient
    {
        System.Threading.Tasks.Task<HeroHealth.Client.HeidiToken?> GetHeidiTokenAsync(System.Threading.CancellationToken cancellationToken = default);
    }
    public interface IPatientsClient
    {
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> ConnectPatientEhrAsync(string id, HeroHealth.Client.ConnectPatientEhrRequest body, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.Patient?> GetPatientByIdAsync(string id, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.PatientRecord?> GetPatientByIdV2Async(string id, HeroHealth.Client.GetPatientByIdV2DataSource? dataSource = default, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> ListPatientAttachmentsAsync(string id, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.EhrPatientCandidateList?> ListPatientEhrCandidatesAsync(string id, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> ListPatientsAsync(System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.PatientSummaryList?> ListPatientsV3Async(string? pageIndex = null, string? pageSize = null, string? firstName = null, string? lastName = null, string? dob = null, string? nhsNumber = null, string? ehrPartnerId = null, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> MergePatientAsync(string id, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> PreviewPatientMergeAsync(string id, HeroHealth.Client.PreviewPatientMergeRequest body, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.PatientRegistrationResult?> RegisterPatientAsync(HeroHealth.Client.RegisterPatientRequest body, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.PdsRegistrationResult?> RegisterPatientPdsAsync(HeroHealth.Client.RegisterPatientPdsRequest body, System.Threading.CancellationToken cancellationToken = default);
    }
    public interface IPracticeGroupClient
    {
        System.Threading.Tasks.Task<HeroHealth.Client.AccessTokenResponse?> CreateAccessTokenAsync(System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.CapabilitiesResponse?> GetCapabilitiesAsync(System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> GetConfigurationAsync(System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> GetPracticeGroupByIdAsync(System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> GetPractitionerAsync(string id, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.AppointmentTypeList?> ListAppointmentTypesAsync(System.Collections.Generic.IEnumerable<string>? locationIds = null, bool? hasAvailability = default, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.LocationList?> ListLocationsAsync(System.Collections.Generic.IEnumerable<string>? appointmentTypeIds = null, bool? hasAvailability = default, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.NetworkPracticeGroupList?> ListNetworkPracticeGroupsAsync(System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.PracticeGroupElementList?> ListPracticeGroupElementsAsync(System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> ListPracticeGroupsAsync(System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> ListPractitionersAsync(System.Collections.Generic.IEnumerable<string>? locationIds = null, System.Collections.Generic.IEnumerable<string>? appointmentTypeIds = null, bool? hasAvailability = default, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> UpdatePracticeGroupAsync(HeroHealth.Client.UpdatePracticeGroupRequest? body = null, System.Threading.CancellationToken cancellationToken = default);
    }
    public interface IPrescriptionClient
    {
        System.Threading.Tasks.Task<HeroHealth.Client.Pharmacy?> CreatePharmacyAsync(HeroHealth.Client.CreatePharmacyRequest body, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.PharmacyList?> ListPrescriberPharmaciesAsync(string id, System.Threading.CancellationToken cancellationToken = default);
    }
    public interface IShortLinksClient
    {
        System.Threading.Tasks.Task<HeroHealth.Client.ShortLinkList?> ListShortLinksAsync(string? pageIndex = null, string? pageSize = null, string? orderBy = null, bool? orderDescending = default, string? type = null, string? status = null, bool? excludePatientSpecificLinks = default, System.Threading.CancellationToken cancellationToken = default);
    }
    public interface ISubscriptionsClient
    {
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> ListSubscriptionsAsync(string? patientId = null, int? pageIndex = default, int? pageSize = default, System.Collections.Generic.IEnumerable<string>? orderBy = null, System.Collections.Generic.IEnumerable<string>? orderDescending = null, string? schemeId = null, string? schemeName = null, string? status = null, System.Threading.CancellationToken cancellationToken = default);
    }
    public interface ITaskClient
    {
        System.Threading.Tasks.Task<HeroHealth.Client.InboxTask?> GetTaskV2Async(string id, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<HeroHealth.Client.UpdateTaskResponse?> UpdateTaskAsync(string id, HeroHealth.Client.UpdateTaskRequest body, System.Threading.CancellationToken cancellationToken = default);
    }
    public interface IWebhooksClient
    {
        System.Threading.Tasks.Task<HeroHealth.Client.Webhook?> CreateWebhookAsync(HeroHealth.Client.CreateWebhookRequest body, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> DeleteWebhookAsync(string id, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> ListWebhooksAsync(string? eventType = null, System.Threading.CancellationToken cancellationToken = default);
    }
    public sealed class InMemoryHeroWebhookStore : HeroHealth.Client.IHeroWebhookStore
    {
        public InMemoryHeroWebhookStore(int capacity = 100000, System.TimeProvider? timeProvider = null) { }
        public int Capacity { get; }
        public int Count { get; }
        public System.Threading.Tasks.ValueTask CheckAsync(System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<HeroHealth.Client.HeroWebhookClaim> ClaimAsync(string eventKey, System.TimeSpan lease, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<bool> CompleteAsync(HeroHealth.Client.HeroWebhookClaim claim, System.TimeSpan retention, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<bool> CompleteHandlerAsync(HeroHealth.Client.HeroWebhookClaim claim, string handlerId, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask ReleaseAsync(HeroHealth.Client.HeroWebhookClaim claim, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.ValueTask<bool> RenewAsync(HeroHealth.Client.HeroWebhookClaim claim, System.TimeSpan lease, System.Threading.CancellationToken cancellationToken) { }
    }
    public class InboxTask
    {
        public InboxTask() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("category", Required=Newtonsoft.Json.Required.Always)]
        public string? Category { get; set; }
        [Newtonsoft.Json.JsonProperty("details", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Details { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("patient", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.InboxTaskPatient? Patient { get; set; }
        [Newtonsoft.Json.JsonProperty("status", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.InboxTaskStatus? Status { get; set; }
        [Newtonsoft.Json.JsonProperty("type_label", Required=Newtonsoft.Json.Required.Always)]
        public string? TypeLabel { get; set; }
    }
    public class InboxTaskPatient
    {
        public InboxTaskPatient() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("deceased_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? DeceasedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("dob", Required=Newtonsoft.Json.Required.AllowNull)]
        public System.DateOnly? Dob { get; set; }
        [Newtonsoft.Json.JsonProperty("ehr_partner_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EhrPartnerId { get; set; }
        [Newtonsoft.Json.JsonProperty("emis_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EmisId { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("uid", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Uid { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.InboxTaskStatus>))]
    public readonly struct InboxTaskStatus : System.IEquatable<HeroHealth.Client.InboxTaskStatus>
    {
        public InboxTaskStatus(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.InboxTaskStatus Closed { get; }
        public static HeroHealth.Client.InboxTaskStatus InProgress { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.InboxTaskStatus> KnownValues { get; }
        public static HeroHealth.Client.InboxTaskStatus Open { get; }
        public bool Equals(HeroHealth.Client.InboxTaskStatus other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.InboxTaskStatus op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.InboxTaskStatus left, HeroHealth.Client.InboxTaskStatus right) { }
        public static bool operator ==(HeroHealth.Client.InboxTaskStatus left, HeroHealth.Client.InboxTaskStatus right) { }
    }
    public class Invoice
    {
        public Invoice() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("amount_due", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? AmountDue { get; set; }
        [Newtonsoft.Json.JsonProperty("appointment_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AppointmentId { get; set; }
        [Newtonsoft.Json.JsonProperty("created_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? CreatedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("customer_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? CustomerId { get; set; }
        [Newtonsoft.Json.JsonProperty("id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("patient_record_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? PatientRecordId { get; set; }
        [Newtonsoft.Json.JsonProperty("status", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Status { get; set; }
        [Newtonsoft.Json.JsonProperty("stripe_id", Required=Newtonsoft.Json.Required.Always)]
        public string? StripeId { get; set; }
        [Newtonsoft.Json.JsonProperty("subtotal", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? Subtotal { get; set; }
        [Newtonsoft.Json.JsonProperty("updated_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? UpdatedAt { get; set; }
    }
    public class InvoiceError
    {
        public InvoiceError() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("error", Required=Newtonsoft.Json.Required.Always)]
        public bool? Error { get; set; }
        [Newtonsoft.Json.JsonProperty("statusCode", Required=Newtonsoft.Json.Required.Always)]
        public double? StatusCode { get; set; }
    }
    public static class InvoicingClientExtensions
    {
        public static System.Threading.Tasks.Task<HeroHealth.Client.DefaultCustomer?> GetDefaultCustomerAsync(this HeroHealth.Client.IInvoicingClient client, System.Threading.CancellationToken cancellationToken) { }
    }
    public class LinkReference
    {
        public LinkReference() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
    }
    public class LinkStatus
    {
        public LinkStatus() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("reference", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<HeroHealth.Client.LinkReference>? Reference { get; set; }
        [Newtonsoft.Json.JsonProperty("status", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Status { get; set; }
        [Newtonsoft.Json.JsonProperty("type", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Type { get; set; }
    }
    public static class LinksClientExtensions
    {
        public static System.Threading.Tasks.Task<HeroHealth.Client.AttachmentLinkResponse?> CreateAttachmentLinkAsync(this HeroHealth.Client.ILinksClient client, System.Threading.CancellationToken cancellationToken) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.LinkStatus?> GetLinkStatusAsync(this HeroHealth.Client.ILinksClient client, System.Threading.CancellationToken cancellationToken) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.LinkStatus?> GetLinkStatusAsync(this HeroHealth.Client.ILinksClient links, System.Uri link, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> RestrictBookingLinkAsync(this HeroHealth.Client.ILinksClient links, string bookingLinkId, System.DateOnly? from, System.DateOnly? to, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.SharedLink> ShareFileAsync(this HeroHealth.Client.ILinksClient links, string patientId, string fileName, System.ReadOnlyMemory<byte> content, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.SharedLink> ShareFileAsync(this HeroHealth.Client.ILinksClient links, string patientId, string fileName, System.ReadOnlyMemory<byte> content, HeroHealth.Client.SharedLinkOptions? options, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.SharedLink> ShareRecordFileAsync(this HeroHealth.Client.ILinksClient links, string patientId, string ehrFileId, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.SharedLink> ShareRecordFileAsync(this HeroHealth.Client.ILinksClient links, string patientId, string ehrFileId, HeroHealth.Client.SharedLinkOptions? options, System.Threading.CancellationToken cancellationToken = default) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.ListAdminsOrderBy>))]
    public readonly struct ListAdminsOrderBy : System.IEquatable<HeroHealth.Client.ListAdminsOrderBy>
    {
        public ListAdminsOrderBy(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.ListAdminsOrderBy FirstName { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.ListAdminsOrderBy> KnownValues { get; }
        public bool Equals(HeroHealth.Client.ListAdminsOrderBy other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.ListAdminsOrderBy op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.ListAdminsOrderBy left, HeroHealth.Client.ListAdminsOrderBy right) { }
        public static bool operator ==(HeroHealth.Client.ListAdminsOrderBy left, HeroHealth.Client.ListAdminsOrderBy right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.ListBatchMessagesStatus>))]
    public readonly struct ListBatchMessagesStatus : System.IEquatable<HeroHealth.Client.ListBatchMessagesStatus>
    {
        public ListBatchMessagesStatus(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.ListBatchMessagesStatus Created { get; }
        public static HeroHealth.Client.ListBatchMessagesStatus Enriched { get; }
        public static HeroHealth.Client.ListBatchMessagesStatus EnrichmentError { get; }
        public static HeroHealth.Client.ListBatchMessagesStatus InvalidPayload { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.ListBatchMessagesStatus> KnownValues { get; }
        public static HeroHealth.Client.ListBatchMessagesStatus Queued { get; }
        public bool Equals(HeroHealth.Client.ListBatchMessagesStatus other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.ListBatchMessagesStatus op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.ListBatchMessagesStatus left, HeroHealth.Client.ListBatchMessagesStatus right) { }
        public static bool operator ==(HeroHealth.Client.ListBatchMessagesStatus left, HeroHealth.Client.ListBatchMessagesStatus right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.ListEpisodesAssigneeTypeItem>))]
    public readonly struct ListEpisodesAssigneeTypeItem : System.IEquatable<HeroHealth.Client.ListEpisodesAssigneeTypeItem>
    {
        public ListEpisodesAssigneeTypeItem(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.ListEpisodesAssigneeTypeItem Admin { get; }
        public static HeroHealth.Client.ListEpisodesAssigneeTypeItem AdminTeam { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.ListEpisodesAssigneeTypeItem> KnownValues { get; }
        public static HeroHealth.Client.ListEpisodesAssigneeTypeItem Unassigned { get; }
        public bool Equals(HeroHealth.Client.ListEpisodesAssigneeTypeItem other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.ListEpisodesAssigneeTypeItem op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.ListEpisodesAssigneeTypeItem left, HeroHealth.Client.ListEpisodesAssigneeTypeItem right) { }
        public static bool operator ==(HeroHealth.Client.ListEpisodesAssigneeTypeItem left, HeroHealth.Client.ListEpisodesAssigneeTypeItem right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.ListEpisodesOrderByItem>))]
    public readonly struct ListEpisodesOrderByItem : System.IEquatable<HeroHealth.Client.ListEpisodesOrderByItem>
    {
        public ListEpisodesOrderByItem(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.ListEpisodesOrderByItem CreatedAt { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.ListEpisodesOrderByItem> KnownValues { get; }
        public static HeroHealth.Client.ListEpisodesOrderByItem Priority { get; }
        public bool Equals(HeroHealth.Client.ListEpisodesOrderByItem other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.ListEpisodesOrderByItem op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.ListEpisodesOrderByItem left, HeroHealth.Client.ListEpisodesOrderByItem right) { }
        public static bool operator ==(HeroHealth.Client.ListEpisodesOrderByItem left, HeroHealth.Client.ListEpisodesOrderByItem right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.ListEpisodesPriorityItem>))]
    public readonly struct ListEpisodesPriorityItem : System.IEquatable<HeroHealth.Client.ListEpisodesPriorityItem>
    {
        public ListEpisodesPriorityItem(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.ListEpisodesPriorityItem High { get; }
        public static HeroHealth.Client.ListEpisodesPriorityItem Highest { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.ListEpisodesPriorityItem> KnownValues { get; }
        public static HeroHealth.Client.ListEpisodesPriorityItem Low { get; }
        public static HeroHealth.Client.ListEpisodesPriorityItem Lowest { get; }
        public static HeroHealth.Client.ListEpisodesPriorityItem Medium { get; }
        public bool Equals(HeroHealth.Client.ListEpisodesPriorityItem other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.ListEpisodesPriorityItem op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.ListEpisodesPriorityItem left, HeroHealth.Client.ListEpisodesPriorityItem right) { }
        public static bool operator ==(HeroHealth.Client.ListEpisodesPriorityItem left, HeroHealth.Client.ListEpisodesPriorityItem right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.ListEpisodesStatusItem>))]
    public readonly struct ListEpisodesStatusItem : System.IEquatable<HeroHealth.Client.ListEpisodesStatusItem>
    {
        public ListEpisodesStatusItem(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.ListEpisodesStatusItem Closed { get; }
        public static HeroHealth.Client.ListEpisodesStatusItem InProgress { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.ListEpisodesStatusItem> KnownValues { get; }
        public static HeroHealth.Client.ListEpisodesStatusItem Open { get; }
        public bool Equals(HeroHealth.Client.ListEpisodesStatusItem other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.ListEpisodesStatusItem op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.ListEpisodesStatusItem left, HeroHealth.Client.ListEpisodesStatusItem right) { }
        public static bool operator ==(HeroHealth.Client.ListEpisodesStatusItem left, HeroHealth.Client.ListEpisodesStatusItem right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.ListFormsFormType>))]
    public readonly struct ListFormsFormType : System.IEquatable<HeroHealth.Client.ListFormsFormType>
    {
        public ListFormsFormType(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.ListFormsFormType Appointment { get; }
        public static HeroHealth.Client.ListFormsFormType CareNavigation { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.ListFormsFormType> KnownValues { get; }
        public static HeroHealth.Client.ListFormsFormType Questionnaire { get; }
        public static HeroHealth.Client.ListFormsFormType Response { get; }
        public bool Equals(HeroHealth.Client.ListFormsFormType other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.ListFormsFormType op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.ListFormsFormType left, HeroHealth.Client.ListFormsFormType right) { }
        public static bool operator ==(HeroHealth.Client.ListFormsFormType left, HeroHealth.Client.ListFormsFormType right) { }
    }
    public class LocationList : HeroHealth.Client.IHeroPage<Newtonsoft.Json.Linq.JToken>
    {
        public LocationList() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("count", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? Count { get; set; }
        [Newtonsoft.Json.JsonProperty("data", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<Newtonsoft.Json.Linq.JToken>? Data { get; set; }
    }
    public class Message
    {
        public Message() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("campaign", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.MessageCampaign? Campaign { get; set; }
        [Newtonsoft.Json.JsonProperty("created_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? CreatedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("patient", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.MessagePatient? Patient { get; set; }
        [Newtonsoft.Json.JsonProperty("scheduled_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? ScheduledAt { get; set; }
        [Newtonsoft.Json.JsonProperty("sent_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? SentAt { get; set; }
        [Newtonsoft.Json.JsonProperty("sent_by_admin", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.MessageSentByAdmin? SentByAdmin { get; set; }
        [Newtonsoft.Json.JsonProperty("short_link", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.MessageShortLink? ShortLink { get; set; }
        [Newtonsoft.Json.JsonProperty("status", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Status { get; set; }
        [Newtonsoft.Json.JsonProperty("write_to_record", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.MessageWriteToRecord? WriteToRecord { get; set; }
    }
    public sealed class MessageAssignee : System.IEquatable<HeroHealth.Client.MessageAssignee>
    {
        public MessageAssignee(long Id, bool IsTeam = false) { }
        public string AssigneeType { get; }
        public long Id { get; init; }
        public bool IsTeam { get; init; }
    }
    public class MessageCampaign
    {
        public MessageCampaign() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Name { get; set; }
    }
    public class MessageOptions
    {
        public MessageOptions() { }
        public HeroHealth.Client.MessageAssignee? Assignee { get; init; }
        public string? AttachmentUuid { get; init; }
        public bool? Encrypted { get; init; }
        public System.DateTimeOffset? SendAt { get; init; }
        public string? ShortLinkId { get; init; }
        public string? TaskId { get; init; }
        public HeroHealth.Client.WriteToRecord? WriteToRecord { get; init; }
    }
    public class MessagePatient
    {
        public MessagePatient() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("first_name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? FirstName { get; set; }
        [Newtonsoft.Json.JsonProperty("id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("last_name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? LastName { get; set; }
        [Newtonsoft.Json.JsonProperty("title", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Title { get; set; }
    }
    public class MessageSentByAdmin
    {
        public MessageSentByAdmin() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Id { get; set; }
    }
    public class MessageShortLink
    {
        public MessageShortLink() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Name { get; set; }
        [Newtonsoft.Json.JsonProperty("status", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Status { get; set; }
        [Newtonsoft.Json.JsonProperty("type", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Type { get; set; }
    }
    public class MessageWriteToRecord
    {
        public MessageWriteToRecord() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("failure_reason", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? FailureReason { get; set; }
        [Newtonsoft.Json.JsonProperty("snomed_code", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? SnomedCode { get; set; }
        [Newtonsoft.Json.JsonProperty("status", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Status { get; set; }
        [Newtonsoft.Json.JsonProperty("write_to_record_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? WriteToRecordAt { get; set; }
    }
    public static class MessagesClientExtensions
    {
        public const int MaxTextLength = 10000;
        public static System.Threading.Tasks.Task<HeroHealth.Client.BatchMessage> CreateBatchAsync(this HeroHealth.Client.IMessagesClient messages, string name, HeroHealth.Client.BatchChannel channel, string content, System.Collections.Generic.IEnumerable<HeroHealth.Client.BatchRecipient> recipients, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.BatchMessage> CreateBatchAsync(this HeroHealth.Client.IMessagesClient messages, string name, HeroHealth.Client.BatchChannel channel, string content, System.Collections.Generic.IEnumerable<HeroHealth.Client.BatchRecipient> recipients, string? subject, System.Threading.CancellationToken cancellationToken = default) { }
        public static HeroHealth.Client.HeroPageable<Newtonsoft.Json.Linq.JToken> ListAllBatchMessageRecipientsAsync(this HeroHealth.Client.IMessagesClient client, string id, System.Threading.CancellationToken cancellationToken) { }
        public static HeroHealth.Client.HeroPageable<Newtonsoft.Json.Linq.JToken> ListAllBatchMessageRecipientsAsync(this HeroHealth.Client.IMessagesClient client, string id, string? status = null, HeroHealth.Client.PagingOptions? paging = null, System.Threading.CancellationToken cancellationToken = default) { }
        public static HeroHealth.Client.HeroPageable<Newtonsoft.Json.Linq.JToken> ListAllBatchMessageSendsAsync(this HeroHealth.Client.IMessagesClient client, string id, System.Threading.CancellationToken cancellationToken) { }
        public static HeroHealth.Client.HeroPageable<Newtonsoft.Json.Linq.JToken> ListAllBatchMessageSendsAsync(this HeroHealth.Client.IMessagesClient client, string id, string? status = null, HeroHealth.Client.PagingOptions? paging = null, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.BatchMessageRecipientList?> ListBatchMessageRecipientsAsync(this HeroHealth.Client.IMessagesClient client, string id, System.Threading.CancellationToken cancellationToken) { }
        public static System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> ListBatchMessageSendsAsync(this HeroHealth.Client.IMessagesClient client, string id, System.Threading.CancellationToken cancellationToken) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.BatchMessage?> ListBatchMessagesAsync(this HeroHealth.Client.IMessagesClient client, System.Threading.CancellationToken cancellationToken) { }
        public static System.Threading.Tasks.Task SendBatchAsync(this HeroHealth.Client.IMessagesClient messages, string batchId, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.SentMessage?> SendEmailAsync(this HeroHealth.Client.IMessagesClient messages, string patientId, string text, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.SentMessage?> SendEmailAsync(this HeroHealth.Client.IMessagesClient messages, string patientId, string text, HeroHealth.Client.EmailOptions? options, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.SentMessage?> SendHeroMessageAsync(this HeroHealth.Client.IMessagesClient messages, string patientId, string text, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.SentMessage?> SendHeroMessageAsync(this HeroHealth.Client.IMessagesClient messages, string patientId, string text, HeroHealth.Client.MessageOptions? options, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.SentMessage?> SendNhsAppMessageAsync(this HeroHealth.Client.IMessagesClient messages, string patientId, string text, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.SentMessage?> SendNhsAppMessageAsync(this HeroHealth.Client.IMessagesClient messages, string patientId, string text, HeroHealth.Client.NhsAppMessageOptions? options, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.SentMessage?> SendSmsAsync(this HeroHealth.Client.IMessagesClient messages, string patientId, string text, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.SentMessage?> SendSmsAsync(this HeroHealth.Client.IMessagesClient messages, string patientId, string text, HeroHealth.Client.SmsOptions? options, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.BatchMessage> WaitForBatchAsync(this HeroHealth.Client.IMessagesClient messages, string batchId, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.BatchMessage> WaitForBatchAsync(this HeroHealth.Client.IMessagesClient messages, string batchId, HeroHealth.Client.BatchWaitOptions? options, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public sealed class NetworkPracticeGroup : System.IEquatable<HeroHealth.Client.NetworkPracticeGroup>
    {
        public NetworkPracticeGroup(string Id, string? Name, HeroHealth.Client.HeroHealthClient Client, Newtonsoft.Json.Linq.JToken Raw) { }
        public HeroHealth.Client.HeroHealthClient Client { get; init; }
        public string Id { get; init; }
        public string? Name { get; init; }
        public Newtonsoft.Json.Linq.JToken Raw { get; init; }
    }
    public class NetworkPracticeGroupList : HeroHealth.Client.IHeroPage<Newtonsoft.Json.Linq.JToken>
    {
        public NetworkPracticeGroupList() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("count", Required=Newtonsoft.Json.Required.Always)]
        public double? Count { get; set; }
        [Newtonsoft.Json.JsonProperty("data", Required=Newtonsoft.Json.Required.Always)]
        public System.Collections.Generic.List<Newtonsoft.Json.Linq.JToken>? Data { get; set; }
    }
    public enum NhsAppFallback
    {
        None = 0,
        Sms = 1,
        Email = 2,
    }
    public sealed class NhsAppMessageOptions : HeroHealth.Client.MessageOptions
    {
        public NhsAppMessageOptions() { }
        public HeroHealth.Client.NhsAppFallback Fallback { get; init; }
        public string? FallbackContact { get; init; }
    }
    public readonly struct NhsNumber : System.IEquatable<HeroHealth.Client.NhsNumber>
    {
        public string Digits { get; }
        public string Formatted { get; }
        public bool IsEmpty { get; }
        public string Redacted { get; }
        public override string ToString() { }
        public static HeroHealth.Client.NhsNumber Parse(string value) { }
        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value, out HeroHealth.Client.NhsNumber number) { }
        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value, out HeroHealth.Client.NhsNumber number, out string? error) { }
    }
    public class PagingOptions : System.IEquatable<HeroHealth.Client.PagingOptions>
    {
        public PagingOptions() { }
        public int FirstPageIndex { get; init; }
        public int ItemSafetyLimit { get; init; }
        public int? MaxItems { get; init; }
        public int MaxPages { get; init; }
        public int PageSize { get; init; }
    }
    public class Patient
    {
        public Patient() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("address_line_1", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AddressLine1 { get; set; }
        [Newtonsoft.Json.JsonProperty("address_line_2", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AddressLine2 { get; set; }
        [Newtonsoft.Json.JsonProperty("address_line_3", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AddressLine3 { get; set; }
        [Newtonsoft.Json.JsonProperty("country", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Country { get; set; }
        [Newtonsoft.Json.JsonProperty("county", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? County { get; set; }
        [Newtonsoft.Json.JsonProperty("data_source", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.PatientDataSource? DataSource { get; set; }
        [Newtonsoft.Json.JsonProperty("deceased_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? DeceasedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("dob", Required=Newtonsoft.Json.Required.AllowNull)]
        public System.DateOnly? Dob { get; set; }
        [Newtonsoft.Json.JsonProperty("ehr_partner_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EhrPartnerId { get; set; }
        [Newtonsoft.Json.JsonProperty("email", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Email { get; set; }
        [Newtonsoft.Json.JsonProperty("emails", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<string>? Emails { get; set; }
        [Newtonsoft.Json.JsonProperty("emis_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EmisId { get; set; }
        [Newtonsoft.Json.JsonProperty("first_name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? FirstName { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("last_name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? LastName { get; set; }
        [Newtonsoft.Json.JsonProperty("last_sync_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? LastSyncAt { get; set; }
        [Newtonsoft.Json.JsonProperty("mobile", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Mobile { get; set; }
        [Newtonsoft.Json.JsonProperty("nhs_number", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? NhsNumber { get; set; }
        [Newtonsoft.Json.JsonProperty("notes", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Notes { get; set; }
        [Newtonsoft.Json.JsonProperty("postcode", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Postcode { get; set; }
        [Newtonsoft.Json.JsonProperty("restricted", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? Restricted { get; set; }
        [Newtonsoft.Json.JsonProperty("sex", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.PatientSex? Sex { get; set; }
        [Newtonsoft.Json.JsonProperty("sex_changed_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? SexChangedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("status", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.PatientStatus? Status { get; set; }
        [Newtonsoft.Json.JsonProperty("title", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.PatientTitle? Title { get; set; }
        [Newtonsoft.Json.JsonProperty("town", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Town { get; set; }
        [Newtonsoft.Json.JsonProperty("uid", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Uid { get; set; }
        [Newtonsoft.Json.JsonProperty("verification_credentials", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<string>? VerificationCredentials { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.PatientDataSource>))]
    public readonly struct PatientDataSource : System.IEquatable<HeroHealth.Client.PatientDataSource>
    {
        public PatientDataSource(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.PatientDataSource Emis { get; }
        public static HeroHealth.Client.PatientDataSource Gha { get; }
        public static HeroHealth.Client.PatientDataSource Hero { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.PatientDataSource> KnownValues { get; }
        public static HeroHealth.Client.PatientDataSource Pds { get; }
        public static HeroHealth.Client.PatientDataSource SystmOne { get; }
        public bool Equals(HeroHealth.Client.PatientDataSource other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.PatientDataSource op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.PatientDataSource left, HeroHealth.Client.PatientDataSource right) { }
        public static bool operator ==(HeroHealth.Client.PatientDataSource left, HeroHealth.Client.PatientDataSource right) { }
    }
    public class PatientRecord
    {
        public PatientRecord() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("county", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? County { get; set; }
        [Newtonsoft.Json.JsonProperty("data_source", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.PatientRecordDataSource? DataSource { get; set; }
        [Newtonsoft.Json.JsonProperty("deceased_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? DeceasedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("dob", Required=Newtonsoft.Json.Required.AllowNull)]
        public System.DateOnly? Dob { get; set; }
        [Newtonsoft.Json.JsonProperty("ehr_partner_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EhrPartnerId { get; set; }
        [Newtonsoft.Json.JsonProperty("ehr_registered", Required=Newtonsoft.Json.Required.AllowNull)]
        public bool? EhrRegistered { get; set; }
        [Newtonsoft.Json.JsonProperty("email", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Email { get; set; }
        [Newtonsoft.Json.JsonProperty("emis_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EmisId { get; set; }
        [Newtonsoft.Json.JsonProperty("first_name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? FirstName { get; set; }
        [Newtonsoft.Json.JsonProperty("hero_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? HeroId { get; set; }
        [Newtonsoft.Json.JsonProperty("hero_uid", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? HeroUid { get; set; }
        [Newtonsoft.Json.JsonProperty("identifiers", Required=Newtonsoft.Json.Required.Always)]
        public System.Collections.Generic.List<HeroHealth.Client.PatientRecordIdentifier>? Identifiers { get; set; }
        [Newtonsoft.Json.JsonProperty("last_name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? LastName { get; set; }
        [Newtonsoft.Json.JsonProperty("last_sync_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? LastSyncAt { get; set; }
        [Newtonsoft.Json.JsonProperty("line_1", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Line1 { get; set; }
        [Newtonsoft.Json.JsonProperty("line_2", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Line2 { get; set; }
        [Newtonsoft.Json.JsonProperty("line_3", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Line3 { get; set; }
        [Newtonsoft.Json.JsonProperty("mobile", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Mobile { get; set; }
        [Newtonsoft.Json.JsonProperty("nhs_number", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? NhsNumber { get; set; }
        [Newtonsoft.Json.JsonProperty("postcode", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Postcode { get; set; }
        [Newtonsoft.Json.JsonProperty("restricted", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? Restricted { get; set; }
        [Newtonsoft.Json.JsonProperty("sex", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.PatientRecordSex? Sex { get; set; }
        [Newtonsoft.Json.JsonProperty("title", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.PatientRecordTitle? Title { get; set; }
        [Newtonsoft.Json.JsonProperty("town", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Town { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.PatientRecordDataSource>))]
    public readonly struct PatientRecordDataSource : System.IEquatable<HeroHealth.Client.PatientRecordDataSource>
    {
        public PatientRecordDataSource(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.PatientRecordDataSource Emis { get; }
        public static HeroHealth.Client.PatientRecordDataSource Gha { get; }
        public static HeroHealth.Client.PatientRecordDataSource Hero { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.PatientRecordDataSource> KnownValues { get; }
        public static HeroHealth.Client.PatientRecordDataSource Pds { get; }
        public static HeroHealth.Client.PatientRecordDataSource SystmOne { get; }
        public bool Equals(HeroHealth.Client.PatientRecordDataSource other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.PatientRecordDataSource op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.PatientRecordDataSource left, HeroHealth.Client.PatientRecordDataSource right) { }
        public static bool operator ==(HeroHealth.Client.PatientRecordDataSource left, HeroHealth.Client.PatientRecordDataSource right) { }
    }
    public class PatientRecordIdentifier
    {
        public PatientRecordIdentifier() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("label", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.PatientRecordIdentifierLabel? Label { get; set; }
        [Newtonsoft.Json.JsonProperty("name", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.PatientRecordIdentifierName? Name { get; set; }
        [Newtonsoft.Json.JsonProperty("role", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.PatientRecordIdentifierRole? Role { get; set; }
        [Newtonsoft.Json.JsonProperty("source", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.PatientRecordIdentifierSource? Source { get; set; }
        [Newtonsoft.Json.JsonProperty("value", Required=Newtonsoft.Json.Required.Always)]
        public string? Value { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.PatientRecordIdentifierLabel>))]
    public readonly struct PatientRecordIdentifierLabel : System.IEquatable<HeroHealth.Client.PatientRecordIdentifierLabel>
    {
        public PatientRecordIdentifierLabel(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.PatientRecordIdentifierLabel Emis { get; }
        public static HeroHealth.Client.PatientRecordIdentifierLabel Gha { get; }
        public static HeroHealth.Client.PatientRecordIdentifierLabel Hero { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.PatientRecordIdentifierLabel> KnownValues { get; }
        public static HeroHealth.Client.PatientRecordIdentifierLabel Nhs { get; }
        public static HeroHealth.Client.PatientRecordIdentifierLabel SystmOne { get; }
        public bool Equals(HeroHealth.Client.PatientRecordIdentifierLabel other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.PatientRecordIdentifierLabel op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.PatientRecordIdentifierLabel left, HeroHealth.Client.PatientRecordIdentifierLabel right) { }
        public static bool operator ==(HeroHealth.Client.PatientRecordIdentifierLabel left, HeroHealth.Client.PatientRecordIdentifierLabel right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.PatientRecordIdentifierName>))]
    public readonly struct PatientRecordIdentifierName : System.IEquatable<HeroHealth.Client.PatientRecordIdentifierName>
    {
        public PatientRecordIdentifierName(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.PatientRecordIdentifierName EhrPartnerId { get; }
        public static HeroHealth.Client.PatientRecordIdentifierName GhaNumber { get; }
        public static HeroHealth.Client.PatientRecordIdentifierName HeroId { get; }
        public static HeroHealth.Client.PatientRecordIdentifierName HeroUid { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.PatientRecordIdentifierName> KnownValues { get; }
        public static HeroHealth.Client.PatientRecordIdentifierName NhsNumber { get; }
        public bool Equals(HeroHealth.Client.PatientRecordIdentifierName other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.PatientRecordIdentifierName op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.PatientRecordIdentifierName left, HeroHealth.Client.PatientRecordIdentifierName right) { }
        public static bool operator ==(HeroHealth.Client.PatientRecordIdentifierName left, HeroHealth.Client.PatientRecordIdentifierName right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.PatientRecordIdentifierRole>))]
    public readonly struct PatientRecordIdentifierRole : System.IEquatable<HeroHealth.Client.PatientRecordIdentifierRole>
    {
        public PatientRecordIdentifierRole(string value) { }
        public bool IsKnown { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.PatientRecordIdentifierRole> KnownValues { get; }
        public static HeroHealth.Client.PatientRecordIdentifierRole Main { get; }
        public static HeroHealth.Client.PatientRecordIdentifierRole Secondary { get; }
        public bool Equals(HeroHealth.Client.PatientRecordIdentifierRole other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.PatientRecordIdentifierRole op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.PatientRecordIdentifierRole left, HeroHealth.Client.PatientRecordIdentifierRole right) { }
        public static bool operator ==(HeroHealth.Client.PatientRecordIdentifierRole left, HeroHealth.Client.PatientRecordIdentifierRole right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.PatientRecordIdentifierSource>))]
    public readonly struct PatientRecordIdentifierSource : System.IEquatable<HeroHealth.Client.PatientRecordIdentifierSource>
    {
        public PatientRecordIdentifierSource(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.PatientRecordIdentifierSource EhrPartner { get; }
        public static HeroHealth.Client.PatientRecordIdentifierSource Gha { get; }
        public static HeroHealth.Client.PatientRecordIdentifierSource Hero { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.PatientRecordIdentifierSource> KnownValues { get; }
        public static HeroHealth.Client.PatientRecordIdentifierSource Nhs { get; }
        public bool Equals(HeroHealth.Client.PatientRecordIdentifierSource other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.PatientRecordIdentifierSource op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.PatientRecordIdentifierSource left, HeroHealth.Client.PatientRecordIdentifierSource right) { }
        public static bool operator ==(HeroHealth.Client.PatientRecordIdentifierSource left, HeroHealth.Client.PatientRecordIdentifierSource right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.PatientRecordSex>))]
    public readonly struct PatientRecordSex : System.IEquatable<HeroHealth.Client.PatientRecordSex>
    {
        public PatientRecordSex(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.PatientRecordSex Female { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.PatientRecordSex> KnownValues { get; }
        public static HeroHealth.Client.PatientRecordSex Male { get; }
        public static HeroHealth.Client.PatientRecordSex NotKnown { get; }
        public static HeroHealth.Client.PatientRecordSex NotSpecified { get; }
        public static HeroHealth.Client.PatientRecordSex Other { get; }
        public bool Equals(HeroHealth.Client.PatientRecordSex other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.PatientRecordSex op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.PatientRecordSex left, HeroHealth.Client.PatientRecordSex right) { }
        public static bool operator ==(HeroHealth.Client.PatientRecordSex left, HeroHealth.Client.PatientRecordSex right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.PatientRecordTitle>))]
    public readonly struct PatientRecordTitle : System.IEquatable<HeroHealth.Client.PatientRecordTitle>
    {
        public PatientRecordTitle(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.PatientRecordTitle Baron { get; }
        public static HeroHealth.Client.PatientRecordTitle Baroness { get; }
        public static HeroHealth.Client.PatientRecordTitle Brigadier { get; }
        public static HeroHealth.Client.PatientRecordTitle Captain { get; }
        public static HeroHealth.Client.PatientRecordTitle Colonel { get; }
        public static HeroHealth.Client.PatientRecordTitle Count { get; }
        public static HeroHealth.Client.PatientRecordTitle Countess { get; }
        public static HeroHealth.Client.PatientRecordTitle Dame { get; }
        public static HeroHealth.Client.PatientRecordTitle Dr { get; }
        public static HeroHealth.Client.PatientRecordTitle Duchess { get; }
        public static HeroHealth.Client.PatientRecordTitle Duke { get; }
        public static HeroHealth.Client.PatientRecordTitle Earl { get; }
        public static HeroHealth.Client.PatientRecordTitle Empty { get; }
        public static HeroHealth.Client.PatientRecordTitle Father { get; }
        public static HeroHealth.Client.PatientRecordTitle HEAmbassadorMr { get; }
        public static HeroHealth.Client.PatientRecordTitle HEMr { get; }
        public static HeroHealth.Client.PatientRecordTitle HEMrs { get; }
        public static HeroHealth.Client.PatientRecordTitle HerGrace { get; }
        public static HeroHealth.Client.PatientRecordTitle HisExcellency { get; }
        public static HeroHealth.Client.PatientRecordTitle HisGrace { get; }
        public static HeroHealth.Client.PatientRecordTitle HmKing { get; }
        public static HeroHealth.Client.PatientRecordTitle HmQueen { get; }
        public static HeroHealth.Client.PatientRecordTitle Hrh { get; }
        public static HeroHealth.Client.PatientRecordTitle HrhPrince { get; }
        public static HeroHealth.Client.PatientRecordTitle HrhPrincess { get; }
        public static HeroHealth.Client.PatientRecordTitle Insurance { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.PatientRecordTitle> KnownValues { get; }
        public static HeroHealth.Client.PatientRecordTitle Lady { get; }
        public static HeroHealth.Client.PatientRecordTitle Lord { get; }
        public static HeroHealth.Client.PatientRecordTitle Major { get; }
        public static HeroHealth.Client.PatientRecordTitle Master { get; }
        public static HeroHealth.Client.PatientRecordTitle Miss { get; }
        public static HeroHealth.Client.PatientRecordTitle Mr { get; }
        public static HeroHealth.Client.PatientRecordTitle Mrs { get; }
        public static HeroHealth.Client.PatientRecordTitle Ms { get; }
        public static HeroHealth.Client.PatientRecordTitle Mss { get; }
        public static HeroHealth.Client.PatientRecordTitle Mx { get; }
        public static HeroHealth.Client.PatientRecordTitle Pr { get; }
        public static HeroHealth.Client.PatientRecordTitle Professor { get; }
        public static HeroHealth.Client.PatientRecordTitle Rabbi { get; }
        public static HeroHealth.Client.PatientRecordTitle Reverend { get; }
        public static HeroHealth.Client.PatientRecordTitle Sheikh { get; }
        public static HeroHealth.Client.PatientRecordTitle Sheikha { get; }
        public static HeroHealth.Client.PatientRecordTitle Sir { get; }
        public static HeroHealth.Client.PatientRecordTitle The { get; }
        public static HeroHealth.Client.PatientRecordTitle TheDowagerViscountess { get; }
        public static HeroHealth.Client.PatientRecordTitle TheHon { get; }
        public static HeroHealth.Client.PatientRecordTitle TheHonMr { get; }
        public static HeroHealth.Client.PatientRecordTitle TheHonMrs { get; }
        public static HeroHealth.Client.PatientRecordTitle Viscount { get; }
        public static HeroHealth.Client.PatientRecordTitle Viscountess { get; }
        public bool Equals(HeroHealth.Client.PatientRecordTitle other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.PatientRecordTitle op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.PatientRecordTitle left, HeroHealth.Client.PatientRecordTitle right) { }
        public static bool operator ==(HeroHealth.Client.PatientRecordTitle left, HeroHealth.Client.PatientRecordTitle right) { }
    }
    public class PatientRegistrationResult
    {
        public PatientRegistrationResult() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("patient_id", Required=Newtonsoft.Json.Required.Always)]
        public string? PatientId { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.PatientSex>))]
    public readonly struct PatientSex : System.IEquatable<HeroHealth.Client.PatientSex>
    {
        public PatientSex(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.PatientSex Female { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.PatientSex> KnownValues { get; }
        public static HeroHealth.Client.PatientSex Male { get; }
        public static HeroHealth.Client.PatientSex NotKnown { get; }
        public static HeroHealth.Client.PatientSex NotSpecified { get; }
        public static HeroHealth.Client.PatientSex Other { get; }
        public bool Equals(HeroHealth.Client.PatientSex other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.PatientSex op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.PatientSex left, HeroHealth.Client.PatientSex right) { }
        public static bool operator ==(HeroHealth.Client.PatientSex left, HeroHealth.Client.PatientSex right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.PatientStatus>))]
    public readonly struct PatientStatus : System.IEquatable<HeroHealth.Client.PatientStatus>
    {
        public PatientStatus(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.PatientStatus Archived { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.PatientStatus> KnownValues { get; }
        public static HeroHealth.Client.PatientStatus Unarchived { get; }
        public bool Equals(HeroHealth.Client.PatientStatus other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.PatientStatus op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.PatientStatus left, HeroHealth.Client.PatientStatus right) { }
        public static bool operator ==(HeroHealth.Client.PatientStatus left, HeroHealth.Client.PatientStatus right) { }
    }
    public class PatientSummary
    {
        public PatientSummary() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("deceased_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? DeceasedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("dob", Required=Newtonsoft.Json.Required.AllowNull)]
        public System.DateOnly? Dob { get; set; }
        [Newtonsoft.Json.JsonProperty("ehr_partner_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EhrPartnerId { get; set; }
        [Newtonsoft.Json.JsonProperty("emis_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EmisId { get; set; }
        [Newtonsoft.Json.JsonProperty("first_name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? FirstName { get; set; }
        [Newtonsoft.Json.JsonProperty("last_name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? LastName { get; set; }
        [Newtonsoft.Json.JsonProperty("ods_code", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? OdsCode { get; set; }
        [Newtonsoft.Json.JsonProperty("sex", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.PatientSummarySex? Sex { get; set; }
        [Newtonsoft.Json.JsonProperty("title", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.PatientSummaryTitle? Title { get; set; }
    }
    public class PatientSummaryList : HeroHealth.Client.IHeroPage<HeroHealth.Client.PatientSummary>
    {
        public PatientSummaryList() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("data", Required=Newtonsoft.Json.Required.Always)]
        public System.Collections.Generic.List<HeroHealth.Client.PatientSummary>? Data { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.PatientSummarySex>))]
    public readonly struct PatientSummarySex : System.IEquatable<HeroHealth.Client.PatientSummarySex>
    {
        public PatientSummarySex(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.PatientSummarySex Female { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.PatientSummarySex> KnownValues { get; }
        public static HeroHealth.Client.PatientSummarySex Male { get; }
        public static HeroHealth.Client.PatientSummarySex NotKnown { get; }
        public static HeroHealth.Client.PatientSummarySex NotSpecified { get; }
        public static HeroHealth.Client.PatientSummarySex Other { get; }
        public bool Equals(HeroHealth.Client.PatientSummarySex other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.PatientSummarySex op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.PatientSummarySex left, HeroHealth.Client.PatientSummarySex right) { }
        public static bool operator ==(HeroHealth.Client.PatientSummarySex left, HeroHealth.Client.PatientSummarySex right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.PatientSummaryTitle>))]
    public readonly struct PatientSummaryTitle : System.IEquatable<HeroHealth.Client.PatientSummaryTitle>
    {
        public PatientSummaryTitle(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.PatientSummaryTitle Baron { get; }
        public static HeroHealth.Client.PatientSummaryTitle Baroness { get; }
        public static HeroHealth.Client.PatientSummaryTitle Brigadier { get; }
        public static HeroHealth.Client.PatientSummaryTitle Captain { get; }
        public static HeroHealth.Client.PatientSummaryTitle Colonel { get; }
        public static HeroHealth.Client.PatientSummaryTitle Count { get; }
        public static HeroHealth.Client.PatientSummaryTitle Countess { get; }
        public static HeroHealth.Client.PatientSummaryTitle Dame { get; }
        public static HeroHealth.Client.PatientSummaryTitle Dr { get; }
        public static HeroHealth.Client.PatientSummaryTitle Duchess { get; }
        public static HeroHealth.Client.PatientSummaryTitle Duke { get; }
        public static HeroHealth.Client.PatientSummaryTitle Earl { get; }
        public static HeroHealth.Client.PatientSummaryTitle Empty { get; }
        public static HeroHealth.Client.PatientSummaryTitle Father { get; }
        public static HeroHealth.Client.PatientSummaryTitle HEAmbassadorMr { get; }
        public static HeroHealth.Client.PatientSummaryTitle HEMr { get; }
        public static HeroHealth.Client.PatientSummaryTitle HEMrs { get; }
        public static HeroHealth.Client.PatientSummaryTitle HerGrace { get; }
        public static HeroHealth.Client.PatientSummaryTitle HisExcellency { get; }
        public static HeroHealth.Client.PatientSummaryTitle HisGrace { get; }
        public static HeroHealth.Client.PatientSummaryTitle HmKing { get; }
        public static HeroHealth.Client.PatientSummaryTitle HmQueen { get; }
        public static HeroHealth.Client.PatientSummaryTitle Hrh { get; }
        public static HeroHealth.Client.PatientSummaryTitle HrhPrince { get; }
        public static HeroHealth.Client.PatientSummaryTitle HrhPrincess { get; }
        public static HeroHealth.Client.PatientSummaryTitle Insurance { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.PatientSummaryTitle> KnownValues { get; }
        public static HeroHealth.Client.PatientSummaryTitle Lady { get; }
        public static HeroHealth.Client.PatientSummaryTitle Lord { get; }
        public static HeroHealth.Client.PatientSummaryTitle Major { get; }
        public static HeroHealth.Client.PatientSummaryTitle Master { get; }
        public static HeroHealth.Client.PatientSummaryTitle Miss { get; }
        public static HeroHealth.Client.PatientSummaryTitle Mr { get; }
        public static HeroHealth.Client.PatientSummaryTitle Mrs { get; }
        public static HeroHealth.Client.PatientSummaryTitle Ms { get; }
        public static HeroHealth.Client.PatientSummaryTitle Mss { get; }
        public static HeroHealth.Client.PatientSummaryTitle Mx { get; }
        public static HeroHealth.Client.PatientSummaryTitle Pr { get; }
        public static HeroHealth.Client.PatientSummaryTitle Professor { get; }
        public static HeroHealth.Client.PatientSummaryTitle Rabbi { get; }
        public static HeroHealth.Client.PatientSummaryTitle Reverend { get; }
        public static HeroHealth.Client.PatientSummaryTitle Sheikh { get; }
        public static HeroHealth.Client.PatientSummaryTitle Sheikha { get; }
        public static HeroHealth.Client.PatientSummaryTitle Sir { get; }
        public static HeroHealth.Client.PatientSummaryTitle The { get; }
        public static HeroHealth.Client.PatientSummaryTitle TheDowagerViscountess { get; }
        public static HeroHealth.Client.PatientSummaryTitle TheHon { get; }
        public static HeroHealth.Client.PatientSummaryTitle TheHonMr { get; }
        public static HeroHealth.Client.PatientSummaryTitle TheHonMrs { get; }
        public static HeroHealth.Client.PatientSummaryTitle Viscount { get; }
        public static HeroHealth.Client.PatientSummaryTitle Viscountess { get; }
        public bool Equals(HeroHealth.Client.PatientSummaryTitle other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.PatientSummaryTitle op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.PatientSummaryTitle left, HeroHealth.Client.PatientSummaryTitle right) { }
        public static bool operator ==(HeroHealth.Client.PatientSummaryTitle left, HeroHealth.Client.PatientSummaryTitle right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.PatientTitle>))]
    public readonly struct PatientTitle : System.IEquatable<HeroHealth.Client.PatientTitle>
    {
        public PatientTitle(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.PatientTitle Baron { get; }
        public static HeroHealth.Client.PatientTitle Baroness { get; }
        public static HeroHealth.Client.PatientTitle Brigadier { get; }
        public static HeroHealth.Client.PatientTitle Captain { get; }
        public static HeroHealth.Client.PatientTitle Colonel { get; }
        public static HeroHealth.Client.PatientTitle Count { get; }
        public static HeroHealth.Client.PatientTitle Countess { get; }
        public static HeroHealth.Client.PatientTitle Dame { get; }
        public static HeroHealth.Client.PatientTitle Dr { get; }
        public static HeroHealth.Client.PatientTitle Duchess { get; }
        public static HeroHealth.Client.PatientTitle Duke { get; }
        public static HeroHealth.Client.PatientTitle Earl { get; }
        public static HeroHealth.Client.PatientTitle Empty { get; }
        public static HeroHealth.Client.PatientTitle Father { get; }
        public static HeroHealth.Client.PatientTitle HEAmbassadorMr { get; }
        public static HeroHealth.Client.PatientTitle HEMr { get; }
        public static HeroHealth.Client.PatientTitle HEMrs { get; }
        public static HeroHealth.Client.PatientTitle HerGrace { get; }
        public static HeroHealth.Client.PatientTitle HisExcellency { get; }
        public static HeroHealth.Client.PatientTitle HisGrace { get; }
        public static HeroHealth.Client.PatientTitle HmKing { get; }
        public static HeroHealth.Client.PatientTitle HmQueen { get; }
        public static HeroHealth.Client.PatientTitle Hrh { get; }
        public static HeroHealth.Client.PatientTitle HrhPrince { get; }
        public static HeroHealth.Client.PatientTitle HrhPrincess { get; }
        public static HeroHealth.Client.PatientTitle Insurance { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.PatientTitle> KnownValues { get; }
        public static HeroHealth.Client.PatientTitle Lady { get; }
        public static HeroHealth.Client.PatientTitle Lord { get; }
        public static HeroHealth.Client.PatientTitle Major { get; }
        public static HeroHealth.Client.PatientTitle Master { get; }
        public static HeroHealth.Client.PatientTitle Miss { get; }
        public static HeroHealth.Client.PatientTitle Mr { get; }
        public static HeroHealth.Client.PatientTitle Mrs { get; }
        public static HeroHealth.Client.PatientTitle Ms { get; }
        public static HeroHealth.Client.PatientTitle Mss { get; }
        public static HeroHealth.Client.PatientTitle Mx { get; }
        public static HeroHealth.Client.PatientTitle Pr { get; }
        public static HeroHealth.Client.PatientTitle Professor { get; }
        public static HeroHealth.Client.PatientTitle Rabbi { get; }
        public static HeroHealth.Client.PatientTitle Reverend { get; }
        public static HeroHealth.Client.PatientTitle Sheikh { get; }
        public static HeroHealth.Client.PatientTitle Sheikha { get; }
        public static HeroHealth.Client.PatientTitle Sir { get; }
        public static HeroHealth.Client.PatientTitle The { get; }
        public static HeroHealth.Client.PatientTitle TheDowagerViscountess { get; }
        public static HeroHealth.Client.PatientTitle TheHon { get; }
        public static HeroHealth.Client.PatientTitle TheHonMr { get; }
        public static HeroHealth.Client.PatientTitle TheHonMrs { get; }
        public static HeroHealth.Client.PatientTitle Viscount { get; }
        public static HeroHealth.Client.PatientTitle Viscountess { get; }
        public bool Equals(HeroHealth.Client.PatientTitle other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.PatientTitle op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.PatientTitle left, HeroHealth.Client.PatientTitle right) { }
        public static bool operator ==(HeroHealth.Client.PatientTitle left, HeroHealth.Client.PatientTitle right) { }
    }
    public static class PatientsClientExtensions
    {
        public static System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<HeroHealth.Client.PatientSummary>> FindByNhsNumberAsync(this HeroHealth.Client.IPatientsClient patients, HeroHealth.Client.NhsNumber nhsNumber, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.Patient?> GetPatientAsync(this HeroHealth.Client.IPatientsClient patients, string patientId, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.PatientRecord?> GetPatientByIdV2Async(this HeroHealth.Client.IPatientsClient client, string id, System.Threading.CancellationToken cancellationToken) { }
        public static HeroHealth.Client.HeroPageable<HeroHealth.Client.PatientSummary> ListAllPatientsV3Async(this HeroHealth.Client.IPatientsClient client, System.Threading.CancellationToken cancellationToken) { }
        public static HeroHealth.Client.HeroPageable<HeroHealth.Client.PatientSummary> ListAllPatientsV3Async(this HeroHealth.Client.IPatientsClient client, string? firstName = null, string? lastName = null, string? dob = null, string? nhsNumber = null, string? ehrPartnerId = null, HeroHealth.Client.PagingOptions? paging = null, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.PatientSummaryList?> ListPatientsV3Async(this HeroHealth.Client.IPatientsClient client, System.Threading.CancellationToken cancellationToken) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.PdsRegistration> RegisterFromPdsAsync(this HeroHealth.Client.IPatientsClient patients, HeroHealth.Client.NhsNumber nhsNumber, System.DateOnly dateOfBirth, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.PdsRegistration> RegisterFromPdsAsync(this HeroHealth.Client.IPatientsClient patients, string forename, string surname, System.DateOnly dateOfBirth, string postcode, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public class PaymentSource
    {
        public PaymentSource() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("brand", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Brand { get; set; }
        [Newtonsoft.Json.JsonProperty("exp_month", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? ExpMonth { get; set; }
        [Newtonsoft.Json.JsonProperty("exp_year", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? ExpYear { get; set; }
        [Newtonsoft.Json.JsonProperty("fingerprint", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Fingerprint { get; set; }
        [Newtonsoft.Json.JsonProperty("id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("last4", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Last4 { get; set; }
        [Newtonsoft.Json.JsonProperty("type", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Type { get; set; }
    }
    public sealed class PdsRegistration : System.IEquatable<HeroHealth.Client.PdsRegistration>
    {
        public PdsRegistration(string? PatientId, string? Message, System.Uri? LoginUrl) { }
        [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, "PatientId")]
        [get: System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, "PatientId")]
        public bool IsRegistered { get; }
        public System.Uri? LoginUrl { get; init; }
        public string? Message { get; init; }
        public string? PatientId { get; init; }
        public bool RequiresIdentityVerification { get; }
        public override string ToString() { }
    }
    public class PdsRegistrationResult
    {
        public PdsRegistrationResult() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("login_url", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? LoginUrl { get; set; }
        [Newtonsoft.Json.JsonProperty("message", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Message { get; set; }
        [Newtonsoft.Json.JsonProperty("patient_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? PatientId { get; set; }
    }
    public class Pharmacy
    {
        public Pharmacy() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("email", Required=Newtonsoft.Json.Required.Always)]
        public string? Email { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("mobile", Required=Newtonsoft.Json.Required.Always)]
        public string? Mobile { get; set; }
        [Newtonsoft.Json.JsonProperty("name", Required=Newtonsoft.Json.Required.Always)]
        public string? Name { get; set; }
        [Newtonsoft.Json.JsonProperty("prescriber_id", Required=Newtonsoft.Json.Required.Always)]
        public string? PrescriberId { get; set; }
    }
    public class PharmacyList : HeroHealth.Client.IHeroPage<HeroHealth.Client.Pharmacy>
    {
        public PharmacyList() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("count", Required=Newtonsoft.Json.Required.Always)]
        public double? Count { get; set; }
        [Newtonsoft.Json.JsonProperty("data", Required=Newtonsoft.Json.Required.Always)]
        public System.Collections.Generic.List<HeroHealth.Client.Pharmacy>? Data { get; set; }
    }
    public static class PracticeGroupClientExtensions
    {
        public static System.Threading.Tasks.Task<HeroHealth.Client.HeroCapabilitySet> GetCapabilitySetAsync(this HeroHealth.Client.IPracticeGroupClient practiceGroup, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<HeroHealth.Client.NetworkPracticeGroup>> GetNetworkAsync(this HeroHealth.Client.HeroHealthClient hero, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.AppointmentTypeList?> ListAppointmentTypesAsync(this HeroHealth.Client.IPracticeGroupClient client, System.Threading.CancellationToken cancellationToken) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.LocationList?> ListLocationsAsync(this HeroHealth.Client.IPracticeGroupClient client, System.Threading.CancellationToken cancellationToken) { }
        public static System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> ListPractitionersAsync(this HeroHealth.Client.IPracticeGroupClient client, System.Threading.CancellationToken cancellationToken) { }
        public static System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> UpdatePracticeGroupAsync(this HeroHealth.Client.IPracticeGroupClient client, System.Threading.CancellationToken cancellationToken) { }
    }
    public class PracticeGroupElement
    {
        public PracticeGroupElement() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("config", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public Newtonsoft.Json.Linq.JToken? Config { get; set; }
        [Newtonsoft.Json.JsonProperty("element", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public Newtonsoft.Json.Linq.JToken? Element { get; set; }
        [Newtonsoft.Json.JsonProperty("version", Required=Newtonsoft.Json.Required.AllowNull)]
        public string? Version { get; set; }
    }
    public class PracticeGroupElementList : HeroHealth.Client.IHeroPage<HeroHealth.Client.PracticeGroupElement>
    {
        public PracticeGroupElementList() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("count", Required=Newtonsoft.Json.Required.Always)]
        public double? Count { get; set; }
        [Newtonsoft.Json.JsonProperty("data", Required=Newtonsoft.Json.Required.Always)]
        public System.Collections.Generic.List<HeroHealth.Client.PracticeGroupElement>? Data { get; set; }
    }
    public class PreviewPatientMergeRequest
    {
        public PreviewPatientMergeRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("patient_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? PatientId { get; set; }
    }
    public class RegisterPatientPdsRequest
    {
        public RegisterPatientPdsRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("dob", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateOnly? Dob { get; set; }
        [Newtonsoft.Json.JsonProperty("ehr_partner", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EhrPartner { get; set; }
        [Newtonsoft.Json.JsonProperty("ehr_partner_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EhrPartnerId { get; set; }
        [Newtonsoft.Json.JsonProperty("forename", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Forename { get; set; }
        [Newtonsoft.Json.JsonProperty("nhs_number", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? NhsNumber { get; set; }
        [Newtonsoft.Json.JsonProperty("postcode", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Postcode { get; set; }
        [Newtonsoft.Json.JsonProperty("surname", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Surname { get; set; }
    }
    public class RegisterPatientRequest
    {
        public RegisterPatientRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("address_line_1", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AddressLine1 { get; set; }
        [Newtonsoft.Json.JsonProperty("address_line_2", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AddressLine2 { get; set; }
        [Newtonsoft.Json.JsonProperty("address_line_3", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AddressLine3 { get; set; }
        [Newtonsoft.Json.JsonProperty("country", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Country { get; set; }
        [Newtonsoft.Json.JsonProperty("county", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? County { get; set; }
        [Newtonsoft.Json.JsonProperty("data_source", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? DataSource { get; set; }
        [Newtonsoft.Json.JsonProperty("dob", Required=Newtonsoft.Json.Required.Always)]
        public System.DateOnly? Dob { get; set; }
        [Newtonsoft.Json.JsonProperty("ehr_partner_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? EhrPartnerId { get; set; }
        [Newtonsoft.Json.JsonProperty("email", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Email { get; set; }
        [Newtonsoft.Json.JsonProperty("first_name", Required=Newtonsoft.Json.Required.Always)]
        public string? FirstName { get; set; }
        [Newtonsoft.Json.JsonProperty("landline", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Landline { get; set; }
        [Newtonsoft.Json.JsonProperty("last_name", Required=Newtonsoft.Json.Required.Always)]
        public string? LastName { get; set; }
        [Newtonsoft.Json.JsonProperty("mobile", Required=Newtonsoft.Json.Required.Always)]
        public string? Mobile { get; set; }
        [Newtonsoft.Json.JsonProperty("nhs_number", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? NhsNumber { get; set; }
        [Newtonsoft.Json.JsonProperty("postcode", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Postcode { get; set; }
        [Newtonsoft.Json.JsonProperty("sex", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.RegisterPatientRequestSex? Sex { get; set; }
        [Newtonsoft.Json.JsonProperty("title", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.RegisterPatientRequestTitle? Title { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.RegisterPatientRequestSex>))]
    public readonly struct RegisterPatientRequestSex : System.IEquatable<HeroHealth.Client.RegisterPatientRequestSex>
    {
        public RegisterPatientRequestSex(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.RegisterPatientRequestSex Female { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.RegisterPatientRequestSex> KnownValues { get; }
        public static HeroHealth.Client.RegisterPatientRequestSex Male { get; }
        public static HeroHealth.Client.RegisterPatientRequestSex NotKnown { get; }
        public static HeroHealth.Client.RegisterPatientRequestSex NotSpecified { get; }
        public static HeroHealth.Client.RegisterPatientRequestSex Other { get; }
        public bool Equals(HeroHealth.Client.RegisterPatientRequestSex other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.RegisterPatientRequestSex op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.RegisterPatientRequestSex left, HeroHealth.Client.RegisterPatientRequestSex right) { }
        public static bool operator ==(HeroHealth.Client.RegisterPatientRequestSex left, HeroHealth.Client.RegisterPatientRequestSex right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.RegisterPatientRequestTitle>))]
    public readonly struct RegisterPatientRequestTitle : System.IEquatable<HeroHealth.Client.RegisterPatientRequestTitle>
    {
        public RegisterPatientRequestTitle(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Baron { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Baroness { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Brigadier { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Captain { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Colonel { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Count { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Countess { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Dame { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Dr { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Duchess { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Duke { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Earl { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Father { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle HEAmbassadorMr { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle HEMr { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle HEMrs { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle HerGrace { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle HisExcellency { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle HisGrace { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle HmKing { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle HmQueen { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Hrh { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle HrhPrince { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle HrhPrincess { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Insurance { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.RegisterPatientRequestTitle> KnownValues { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Lady { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Lord { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Major { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Master { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Miss { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Mr { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Mrs { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Ms { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Mss { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Mx { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Pr { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Professor { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Rabbi { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Reverend { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Sheikh { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Sheikha { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Sir { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle The { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle TheDowagerViscountess { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle TheHon { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle TheHonMr { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle TheHonMrs { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Viscount { get; }
        public static HeroHealth.Client.RegisterPatientRequestTitle Viscountess { get; }
        public bool Equals(HeroHealth.Client.RegisterPatientRequestTitle other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.RegisterPatientRequestTitle op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.RegisterPatientRequestTitle left, HeroHealth.Client.RegisterPatientRequestTitle right) { }
        public static bool operator ==(HeroHealth.Client.RegisterPatientRequestTitle left, HeroHealth.Client.RegisterPatientRequestTitle right) { }
    }
    public sealed class Reservation
    {
        public HeroHealth.Client.AppointmentReservation Created { get; }
        public string Id { get; }
        public bool IsExpired { get; }
        public System.TimeSpan? Remaining { get; }
        public System.DateTimeOffset? ReservedUntil { get; }
        public System.Threading.Tasks.Task CancelAsync(System.Threading.CancellationToken cancellationToken = default) { }
        public System.Threading.Tasks.Task CancelAsync(bool suppressMail, System.Threading.CancellationToken cancellationToken = default) { }
        public System.Threading.Tasks.Task EditAsync(System.DateTimeOffset startTime, int durationMinutes, string practitionerId, System.Threading.CancellationToken cancellationToken = default) { }
        public System.Threading.Tasks.Task EditAsync(System.DateTimeOffset startTime, int durationMinutes, string practitionerId, bool suppressMail, System.Threading.CancellationToken cancellationToken = default) { }
        public System.Threading.Tasks.Task<HeroHealth.Client.Appointment?> GetAppointmentAsync(System.Threading.CancellationToken cancellationToken = default) { }
        public void ThrowIfExpired() { }
        public override string ToString() { }
    }
    public sealed class ReservationExpiredException : System.InvalidOperationException
    {
        public ReservationExpiredException(string reservationId, System.DateTimeOffset reservedUntil, System.DateTimeOffset now) { }
        public string ReservationId { get; }
        public System.DateTimeOffset ReservedUntil { get; }
    }
    public class SendMessageRequest
    {
        public SendMessageRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("assignee_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? AssigneeId { get; set; }
        [Newtonsoft.Json.JsonProperty("assignee_type", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AssigneeType { get; set; }
        [Newtonsoft.Json.JsonProperty("attachment_uuid", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AttachmentUuid { get; set; }
        [Newtonsoft.Json.JsonProperty("auto_write_to_record", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? AutoWriteToRecord { get; set; }
        [Newtonsoft.Json.JsonProperty("encrypted", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? Encrypted { get; set; }
        [Newtonsoft.Json.JsonProperty("fallback_contact_detail", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? FallbackContactDetail { get; set; }
        [Newtonsoft.Json.JsonProperty("fallback_message_type", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.SendMessageRequestFallbackMessageType? FallbackMessageType { get; set; }
        [Newtonsoft.Json.JsonProperty("message_string", Required=Newtonsoft.Json.Required.Always)]
        public string? MessageString { get; set; }
        [Newtonsoft.Json.JsonProperty("message_type", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.SendMessageRequestMessageType? MessageType { get; set; }
        [Newtonsoft.Json.JsonProperty("patient_id", Required=Newtonsoft.Json.Required.Always)]
        public string? PatientId { get; set; }
        [Newtonsoft.Json.JsonProperty("recipient_contact_detail", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? RecipientContactDetail { get; set; }
        [Newtonsoft.Json.JsonProperty("send_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? SendAt { get; set; }
        [Newtonsoft.Json.JsonProperty("short_link_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? ShortLinkId { get; set; }
        [Newtonsoft.Json.JsonProperty("snomed_code", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? SnomedCode { get; set; }
        [Newtonsoft.Json.JsonProperty("snomed_term", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? SnomedTerm { get; set; }
        [Newtonsoft.Json.JsonProperty("task_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? TaskId { get; set; }
        [Newtonsoft.Json.JsonProperty("write_to_record", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? WriteToRecord { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.SendMessageRequestFallbackMessageType>))]
    public readonly struct SendMessageRequestFallbackMessageType : System.IEquatable<HeroHealth.Client.SendMessageRequestFallbackMessageType>
    {
        public SendMessageRequestFallbackMessageType(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.SendMessageRequestFallbackMessageType Email { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.SendMessageRequestFallbackMessageType> KnownValues { get; }
        public static HeroHealth.Client.SendMessageRequestFallbackMessageType Sms { get; }
        public bool Equals(HeroHealth.Client.SendMessageRequestFallbackMessageType other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.SendMessageRequestFallbackMessageType op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.SendMessageRequestFallbackMessageType left, HeroHealth.Client.SendMessageRequestFallbackMessageType right) { }
        public static bool operator ==(HeroHealth.Client.SendMessageRequestFallbackMessageType left, HeroHealth.Client.SendMessageRequestFallbackMessageType right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.SendMessageRequestMessageType>))]
    public readonly struct SendMessageRequestMessageType : System.IEquatable<HeroHealth.Client.SendMessageRequestMessageType>
    {
        public SendMessageRequestMessageType(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.SendMessageRequestMessageType Email { get; }
        public static HeroHealth.Client.SendMessageRequestMessageType Hero { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.SendMessageRequestMessageType> KnownValues { get; }
        public static HeroHealth.Client.SendMessageRequestMessageType NhsApp { get; }
        public static HeroHealth.Client.SendMessageRequestMessageType Sms { get; }
        public bool Equals(HeroHealth.Client.SendMessageRequestMessageType other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.SendMessageRequestMessageType op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.SendMessageRequestMessageType left, HeroHealth.Client.SendMessageRequestMessageType right) { }
        public static bool operator ==(HeroHealth.Client.SendMessageRequestMessageType left, HeroHealth.Client.SendMessageRequestMessageType right) { }
    }
    public class SentMessage
    {
        public SentMessage() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("auth_token", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AuthToken { get; set; }
        [Newtonsoft.Json.JsonProperty("confirm_write_to_record_url", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? ConfirmWriteToRecordUrl { get; set; }
        [Newtonsoft.Json.JsonProperty("content", Required=Newtonsoft.Json.Required.Always)]
        public string? Content { get; set; }
        [Newtonsoft.Json.JsonProperty("created_at", Required=Newtonsoft.Json.Required.Always)]
        public string? CreatedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("message_id", Required=Newtonsoft.Json.Required.Always)]
        public string? MessageId { get; set; }
        [Newtonsoft.Json.JsonProperty("send_at", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? SendAt { get; set; }
        [Newtonsoft.Json.JsonProperty("snomed_code", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? SnomedCode { get; set; }
        [Newtonsoft.Json.JsonProperty("submitted_by", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? SubmittedBy { get; set; }
        [Newtonsoft.Json.JsonProperty("write_to_record", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? WriteToRecord { get; set; }
    }
    public sealed class SharedLink : System.IEquatable<HeroHealth.Client.SharedLink>
    {
        public SharedLink(System.Uri Url, string? AttachmentUuid = null) { }
        public string? AttachmentUuid { get; init; }
        public System.Uri Url { get; init; }
        public override string ToString() { }
    }
    public sealed class SharedLinkOptions : System.IEquatable<HeroHealth.Client.SharedLinkOptions>
    {
        public SharedLinkOptions() { }
        public System.DateOnly? Expiry { get; init; }
        public int? MaximumUses { get; init; }
    }
    public class ShortLink
    {
        public ShortLink() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
    }
    public class ShortLinkList : HeroHealth.Client.IHeroPage<HeroHealth.Client.ShortLink>
    {
        public ShortLinkList() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("count", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? Count { get; set; }
        [Newtonsoft.Json.JsonProperty("data", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<HeroHealth.Client.ShortLink>? Data { get; set; }
    }
    public static class ShortLinksClientExtensions
    {
        public static HeroHealth.Client.HeroPageable<HeroHealth.Client.ShortLink> ListAllShortLinksAsync(this HeroHealth.Client.IShortLinksClient client, System.Threading.CancellationToken cancellationToken) { }
        public static HeroHealth.Client.HeroPageable<HeroHealth.Client.ShortLink> ListAllShortLinksAsync(this HeroHealth.Client.IShortLinksClient client, string? orderBy = null, bool? orderDescending = default, string? type = null, string? status = null, bool? excludePatientSpecificLinks = default, HeroHealth.Client.PagingOptions? paging = null, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.ShortLinkList?> ListShortLinksAsync(this HeroHealth.Client.IShortLinksClient client, System.Threading.CancellationToken cancellationToken) { }
    }
    public class Slot
    {
        public Slot() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("appointment_type_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AppointmentTypeId { get; set; }
        [Newtonsoft.Json.JsonProperty("finish_time", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? FinishTime { get; set; }
        [Newtonsoft.Json.JsonProperty("id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("location_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? LocationId { get; set; }
        [Newtonsoft.Json.JsonProperty("practitioner_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? PractitionerId { get; set; }
        [Newtonsoft.Json.JsonProperty("start_time", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.DateTimeOffset? StartTime { get; set; }
    }
    public class SlotAvailability
    {
        public SlotAvailability() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("available", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? Available { get; set; }
    }
    public class SlotAvailabilityRequest
    {
        public SlotAvailabilityRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("appointment_type_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AppointmentTypeId { get; set; }
        [Newtonsoft.Json.JsonProperty("duration", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public double? Duration { get; set; }
        [Newtonsoft.Json.JsonProperty("location_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? LocationId { get; set; }
        [Newtonsoft.Json.JsonProperty("practitioner_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? PractitionerId { get; set; }
        [Newtonsoft.Json.JsonProperty("start_time", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? StartTime { get; set; }
    }
    public sealed class SmsOptions : HeroHealth.Client.MessageOptions
    {
        public SmsOptions() { }
        public string? Recipient { get; init; }
    }
    public static class SubscriptionsClientExtensions
    {
        public static HeroHealth.Client.HeroPageable<Newtonsoft.Json.Linq.JToken> ListAllSubscriptionsAsync(this HeroHealth.Client.ISubscriptionsClient client, System.Threading.CancellationToken cancellationToken) { }
        public static HeroHealth.Client.HeroPageable<Newtonsoft.Json.Linq.JToken> ListAllSubscriptionsAsync(this HeroHealth.Client.ISubscriptionsClient client, string? patientId = null, System.Collections.Generic.IEnumerable<string>? orderBy = null, System.Collections.Generic.IEnumerable<string>? orderDescending = null, string? schemeId = null, string? schemeName = null, string? status = null, HeroHealth.Client.PagingOptions? paging = null, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> ListSubscriptionsAsync(this HeroHealth.Client.ISubscriptionsClient client, System.Threading.CancellationToken cancellationToken) { }
    }
    public readonly struct UkMobileNumber : System.IEquatable<HeroHealth.Client.UkMobileNumber>
    {
        public string E164 { get; }
        public string Redacted { get; }
        public override string ToString() { }
        public static HeroHealth.Client.UkMobileNumber Parse(string value) { }
        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value, out HeroHealth.Client.UkMobileNumber number) { }
        public static bool TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value, out HeroHealth.Client.UkMobileNumber number, out string? error) { }
    }
    public class UpdateAdminRequest
    {
        public UpdateAdminRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("external_prescriber_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? ExternalPrescriberId { get; set; }
        [Newtonsoft.Json.JsonProperty("prescriber_details", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.UpdateAdminRequestPrescriberDetails? PrescriberDetails { get; set; }
    }
    public class UpdateAdminRequestPrescriberDetails
    {
        public UpdateAdminRequestPrescriberDetails() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("email", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Email { get; set; }
        [Newtonsoft.Json.JsonProperty("name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Name { get; set; }
        [Newtonsoft.Json.JsonProperty("registration_code", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? RegistrationCode { get; set; }
    }
    public class UpdateAdminResponse
    {
        public UpdateAdminResponse() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("admin_id", Required=Newtonsoft.Json.Required.Always)]
        public string? AdminId { get; set; }
    }
    public class UpdateBookingLinkRequest
    {
        public UpdateBookingLinkRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("appointment_type_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AppointmentTypeId { get; set; }
        [Newtonsoft.Json.JsonProperty("from_date", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? FromDate { get; set; }
        [Newtonsoft.Json.JsonProperty("location_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? LocationId { get; set; }
        [Newtonsoft.Json.JsonProperty("practitioner_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? PractitionerId { get; set; }
        [Newtonsoft.Json.JsonProperty("to_date", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? ToDate { get; set; }
    }
    public class UpdateEpisodeRequest
    {
        public UpdateEpisodeRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("assignees", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<HeroHealth.Client.UpdateEpisodeRequestAssignee>? Assignees { get; set; }
        [Newtonsoft.Json.JsonProperty("priority", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Priority { get; set; }
        [Newtonsoft.Json.JsonProperty("status", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Status { get; set; }
    }
    public class UpdateEpisodeRequestAssignee
    {
        public UpdateEpisodeRequestAssignee() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Name { get; set; }
        [Newtonsoft.Json.JsonProperty("type", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Type { get; set; }
    }
    public class UpdateInvoiceRequest
    {
        public UpdateInvoiceRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("coupons", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.List<HeroHealth.Client.UpdateInvoiceRequestCoupon>? Coupons { get; set; }
        [Newtonsoft.Json.JsonProperty("footer", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Footer { get; set; }
        [Newtonsoft.Json.JsonProperty("issuer_id", Required=Newtonsoft.Json.Required.Always)]
        public string? IssuerId { get; set; }
        [Newtonsoft.Json.JsonProperty("memo", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Memo { get; set; }
    }
    public class UpdateInvoiceRequestCoupon
    {
        public UpdateInvoiceRequestCoupon() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Name { get; set; }
    }
    public class UpdatePracticeGroupRequest
    {
        public UpdatePracticeGroupRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("address", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.UpdatePracticeGroupRequestAddress? Address { get; set; }
        [Newtonsoft.Json.JsonProperty("name", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Name { get; set; }
        [Newtonsoft.Json.JsonProperty("prescription_partner", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? PrescriptionPartner { get; set; }
        [Newtonsoft.Json.JsonProperty("prescription_partner_credentials", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.UpdatePracticeGroupRequestPrescriptionPartnerCredentials? PrescriptionPartnerCredentials { get; set; }
        [Newtonsoft.Json.JsonProperty("prescription_partner_enabled", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public bool? PrescriptionPartnerEnabled { get; set; }
    }
    public class UpdatePracticeGroupRequestAddress
    {
        public UpdatePracticeGroupRequestAddress() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("county", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? County { get; set; }
        [Newtonsoft.Json.JsonProperty("line_1", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Line1 { get; set; }
        [Newtonsoft.Json.JsonProperty("line_2", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Line2 { get; set; }
        [Newtonsoft.Json.JsonProperty("line_3", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Line3 { get; set; }
        [Newtonsoft.Json.JsonProperty("postcode", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Postcode { get; set; }
        [Newtonsoft.Json.JsonProperty("town", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Town { get; set; }
    }
    public class UpdatePracticeGroupRequestPrescriptionPartnerCredentials
    {
        public UpdatePracticeGroupRequestPrescriptionPartnerCredentials() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("email", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Email { get; set; }
        [Newtonsoft.Json.JsonProperty("password", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? Password { get; set; }
    }
    public class UpdateTaskRequest
    {
        public UpdateTaskRequest() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("assignee_id", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? AssigneeId { get; set; }
        [Newtonsoft.Json.JsonProperty("assignee_type", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.UpdateTaskRequestAssigneeType? AssigneeType { get; set; }
        [Newtonsoft.Json.JsonProperty("priority", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.UpdateTaskRequestPriority? Priority { get; set; }
        [Newtonsoft.Json.JsonProperty("status", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public HeroHealth.Client.UpdateTaskRequestStatus? Status { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.UpdateTaskRequestAssigneeType>))]
    public readonly struct UpdateTaskRequestAssigneeType : System.IEquatable<HeroHealth.Client.UpdateTaskRequestAssigneeType>
    {
        public UpdateTaskRequestAssigneeType(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.UpdateTaskRequestAssigneeType Admin { get; }
        public static HeroHealth.Client.UpdateTaskRequestAssigneeType AdminTeam { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.UpdateTaskRequestAssigneeType> KnownValues { get; }
        public bool Equals(HeroHealth.Client.UpdateTaskRequestAssigneeType other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.UpdateTaskRequestAssigneeType op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.UpdateTaskRequestAssigneeType left, HeroHealth.Client.UpdateTaskRequestAssigneeType right) { }
        public static bool operator ==(HeroHealth.Client.UpdateTaskRequestAssigneeType left, HeroHealth.Client.UpdateTaskRequestAssigneeType right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.UpdateTaskRequestPriority>))]
    public readonly struct UpdateTaskRequestPriority : System.IEquatable<HeroHealth.Client.UpdateTaskRequestPriority>
    {
        public UpdateTaskRequestPriority(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.UpdateTaskRequestPriority High { get; }
        public static HeroHealth.Client.UpdateTaskRequestPriority Highest { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.UpdateTaskRequestPriority> KnownValues { get; }
        public static HeroHealth.Client.UpdateTaskRequestPriority Low { get; }
        public static HeroHealth.Client.UpdateTaskRequestPriority Lowest { get; }
        public static HeroHealth.Client.UpdateTaskRequestPriority Medium { get; }
        public bool Equals(HeroHealth.Client.UpdateTaskRequestPriority other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.UpdateTaskRequestPriority op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.UpdateTaskRequestPriority left, HeroHealth.Client.UpdateTaskRequestPriority right) { }
        public static bool operator ==(HeroHealth.Client.UpdateTaskRequestPriority left, HeroHealth.Client.UpdateTaskRequestPriority right) { }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.UpdateTaskRequestStatus>))]
    public readonly struct UpdateTaskRequestStatus : System.IEquatable<HeroHealth.Client.UpdateTaskRequestStatus>
    {
        public UpdateTaskRequestStatus(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.UpdateTaskRequestStatus Closed { get; }
        public static HeroHealth.Client.UpdateTaskRequestStatus InProgress { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.UpdateTaskRequestStatus> KnownValues { get; }
        public static HeroHealth.Client.UpdateTaskRequestStatus Open { get; }
        public bool Equals(HeroHealth.Client.UpdateTaskRequestStatus other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.UpdateTaskRequestStatus op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.UpdateTaskRequestStatus left, HeroHealth.Client.UpdateTaskRequestStatus right) { }
        public static bool operator ==(HeroHealth.Client.UpdateTaskRequestStatus left, HeroHealth.Client.UpdateTaskRequestStatus right) { }
    }
    public class UpdateTaskResponse
    {
        public UpdateTaskResponse() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("data", Required=Newtonsoft.Json.Required.Always)]
        public HeroHealth.Client.UpdateTaskResponseData? Data { get; set; }
    }
    public class UpdateTaskResponseData
    {
        public UpdateTaskResponseData() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
    }
    public class ValidationError
    {
        public ValidationError() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("error", Required=Newtonsoft.Json.Required.Always)]
        public bool? Error { get; set; }
        [Newtonsoft.Json.JsonProperty("message", Required=Newtonsoft.Json.Required.Always)]
        public System.Collections.Generic.List<HeroHealth.Client.ValidationErrorMessageItem>? Message { get; set; }
        [Newtonsoft.Json.JsonProperty("statusCode", Required=Newtonsoft.Json.Required.Always)]
        public double? StatusCode { get; set; }
    }
    public class ValidationErrorMessageItem
    {
        public ValidationErrorMessageItem() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("code", Required=Newtonsoft.Json.Required.Always)]
        public string? Code { get; set; }
        [Newtonsoft.Json.JsonProperty("expected", Required=Newtonsoft.Json.Required.Always)]
        public string? Expected { get; set; }
        [Newtonsoft.Json.JsonProperty("path", Required=Newtonsoft.Json.Required.Always)]
        public System.Collections.Generic.List<Newtonsoft.Json.Linq.JToken>? Path { get; set; }
    }
    public class Webhook
    {
        public Webhook() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("created_at", Required=Newtonsoft.Json.Required.Always)]
        public string? CreatedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("event_type", Required=Newtonsoft.Json.Required.Always)]
        public string? EventType { get; set; }
        [Newtonsoft.Json.JsonProperty("headers", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public System.Collections.Generic.Dictionary<string, string>? Headers { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("signing_key", NullValueHandling=Newtonsoft.Json.NullValueHandling.Ignore, Required=Newtonsoft.Json.Required.Default)]
        public string? SigningKey { get; set; }
        [Newtonsoft.Json.JsonProperty("updated_at", Required=Newtonsoft.Json.Required.Always)]
        public string? UpdatedAt { get; set; }
        [Newtonsoft.Json.JsonProperty("url", Required=Newtonsoft.Json.Required.Always)]
        public string? Url { get; set; }
    }
    public class WebhookEvent
    {
        public WebhookEvent() { }
        [Newtonsoft.Json.JsonExtensionData]
        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties { get; set; }
        [Newtonsoft.Json.JsonProperty("event", Required=Newtonsoft.Json.Required.Always)]
        public string? Event { get; set; }
        [Newtonsoft.Json.JsonProperty("id", Required=Newtonsoft.Json.Required.Always)]
        public string? Id { get; set; }
        [Newtonsoft.Json.JsonProperty("object", Required=Newtonsoft.Json.Required.Always)]
        public string? Object { get; set; }
        [Newtonsoft.Json.JsonProperty("practice_group_id", Required=Newtonsoft.Json.Required.Always)]
        public string? PracticeGroupId { get; set; }
    }
    [Newtonsoft.Json.JsonConverter(typeof(HeroHealth.Client.HeroEnumConverter<HeroHealth.Client.WebhookEventType>))]
    public readonly struct WebhookEventType : System.IEquatable<HeroHealth.Client.WebhookEventType>
    {
        public WebhookEventType(string value) { }
        public bool IsKnown { get; }
        public static HeroHealth.Client.WebhookEventType AppointmentCancelled { get; }
        public static HeroHealth.Client.WebhookEventType AppointmentConfirmed { get; }
        public static HeroHealth.Client.WebhookEventType AppointmentRescheduled { get; }
        public static HeroHealth.Client.WebhookEventType FormSubmissionCreated { get; }
        public static System.Collections.Generic.IReadOnlyList<HeroHealth.Client.WebhookEventType> KnownValues { get; }
        public static HeroHealth.Client.WebhookEventType PatientAddedToSequence { get; }
        public static HeroHealth.Client.WebhookEventType PatientMedicalRecordUpdated { get; }
        public static HeroHealth.Client.WebhookEventType PrescriptionIssued { get; }
        public static HeroHealth.Client.WebhookEventType WriteToRecordFailed { get; }
        public static HeroHealth.Client.WebhookEventType WriteToRecordSucceeded { get; }
        public bool Equals(HeroHealth.Client.WebhookEventType other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public override string ToString() { }
        public static HeroHealth.Client.WebhookEventType op_Implicit(string value) { }
        public static bool operator !=(HeroHealth.Client.WebhookEventType left, HeroHealth.Client.WebhookEventType right) { }
        public static bool operator ==(HeroHealth.Client.WebhookEventType left, HeroHealth.Client.WebhookEventType right) { }
    }
    public sealed class WebhookSubscriptionOptions : System.IEquatable<HeroHealth.Client.WebhookSubscriptionOptions>
    {
        public WebhookSubscriptionOptions() { }
        public string? Description { get; init; }
        public System.Collections.Generic.IReadOnlyDictionary<string, string>? Headers { get; init; }
    }
    public sealed class WebhookVerificationResult : System.IEquatable<HeroHealth.Client.WebhookVerificationResult>
    {
        public WebhookVerificationResult(HeroHealth.Client.WebhookVerificationStatus Status, System.DateTimeOffset? Timestamp, string Reason) { }
        public bool IsValid { get; }
        public string Reason { get; init; }
        public HeroHealth.Client.WebhookVerificationStatus Status { get; init; }
        public System.DateTimeOffset? Timestamp { get; init; }
    }
    public enum WebhookVerificationStatus
    {
        Valid = 0,
        BadSignature = 1,
        Stale = 2,
        MissingHeader = 3,
        Malformed = 4,
        Replayed = 5,
    }
    public static class WebhooksClientExtensions
    {
        public static System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<HeroHealth.Client.Webhook>> FindWebhooksAsync(this HeroHealth.Client.IWebhooksClient webhooks, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<HeroHealth.Client.Webhook>> FindWebhooksAsync(this HeroHealth.Client.IWebhooksClient webhooks, HeroHealth.Client.WebhookEventType eventType, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<Newtonsoft.Json.Linq.JToken?> ListWebhooksAsync(this HeroHealth.Client.IWebhooksClient client, System.Threading.CancellationToken cancellationToken) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.Webhook?> SubscribeAsync(this HeroHealth.Client.IWebhooksClient webhooks, HeroHealth.Client.WebhookEventType eventType, System.Uri url, string? signingKey, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<HeroHealth.Client.Webhook?> SubscribeAsync(this HeroHealth.Client.IWebhooksClient webhooks, HeroHealth.Client.WebhookEventType eventType, System.Uri url, string? signingKey, HeroHealth.Client.WebhookSubscriptionOptions? options, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task UnsubscribeAsync(this HeroHealth.Client.IWebhooksClient webhooks, string webhookId, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public sealed class WriteToRecord : System.IEquatable<HeroHealth.Client.WriteToRecord>
    {
        public WriteToRecord() { }
        public bool AutoWrite { get; init; }
        public string? SnomedCode { get; init; }
        public string? SnomedTerm { get; init; }
    }
}
namespace Microsoft.Extensions.DependencyInjection
{
    public static class HeroHealthServiceCollectionExtensions
    {
        public static HeroHealth.Client.HeroHealthClientBuilder AddHeroHealthClient(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration) { }
        public static HeroHealth.Client.HeroHealthClientBuilder AddHeroHealthClient(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, System.Action<HeroHealth.Client.HeroHealthClientOptions> configure) { }
        public static HeroHealth.Client.HeroHealthClientBuilder AddHeroHealthClient(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, string name, Microsoft.Extensions.Configuration.IConfiguration configuration) { }
        public static HeroHealth.Client.HeroHealthClientBuilder AddHeroHealthClient(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, string name, System.Action<HeroHealth.Client.HeroHealthClientOptions> configure) { }
    }
}