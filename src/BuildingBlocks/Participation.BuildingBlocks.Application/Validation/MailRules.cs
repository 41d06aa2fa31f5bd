using FluentValidation;

namespace Participation.BuildingBlocks.Application.Validation;

/// <summary>The rule for an email address the platform will write to, worded once.</summary>
public static class MailRules
{
    // Stricter than FluentValidation's EmailAddress() (an @ somewhere): a dot-atom local part and a host name of
    // labels (RFC 5322 3.4.1, RFC 1035 2.3.1), so a mail client can send to it: no spaces, brackets, commas, stray
    // dots or trailing line break. An address that passes here is one the reminder and letter jobs can address.
    private const string Sendable =
        @"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+\z";

    /// <summary>The address, when given, is one mail can be sent to once trimmed (as it is stored).</summary>
    public static IRuleBuilderOptions<T, string?> IsSendableEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(address => address is null || System.Text.RegularExpressions.Regex.IsMatch(address.Trim(), Sendable))
            .WithMessage("{PropertyName} must be an email address such as name@example.org.");
}
