using System;
using System.Threading;
using System.Threading.Tasks;
using HeroHealth.Client;

namespace NetStandardLibrary
{
    /// <summary>What a practice system's .NET Framework code does: find the patient by PDS, text them a reminder.</summary>
    public sealed class AppointmentReminders
    {
        private readonly HeroHealthClient _hero;

        public AppointmentReminders(HeroHealthClient hero) => _hero = hero;

        public async Task<string?> RemindAsync(string nhsNumber, DateTime dateOfBirth, DateTime appointmentAt, CancellationToken cancellationToken)
        {
            // On netstandard2.0 dates of birth are DateTime (no DateOnly there); only the date part is sent.
            var registration = await _hero.Patients.RegisterFromPdsAsync(NhsNumber.Parse(nhsNumber), dateOfBirth, cancellationToken).ConfigureAwait(false);
            if (!registration.IsRegistered)
            {
                return null;
            }

            var sent = await _hero.Messages.SendSmsAsync(registration.PatientId!, $"Reminder: your appointment is on {appointmentAt:dddd d MMMM 'at' HH:mm}.", cancellationToken).ConfigureAwait(false);
            return sent?.MessageId;
        }
    }
}
