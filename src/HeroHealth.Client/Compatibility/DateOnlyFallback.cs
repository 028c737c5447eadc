#if NETSTANDARD2_0
// netstandard2.0 has no System.DateOnly. There the SDK's date-only values (dates of birth, slot windows, link expiry)
// are System.DateTime: only the date part is read and it is written as yyyy-MM-dd, as the generated clients (generated
// with dateType System.DateTime for this target) write theirs. docs/netstandard.md says so to users.
global using DateOnly = System.DateTime;
#endif
