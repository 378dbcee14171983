using PressDesk.Accounts;

namespace PressDesk.Tests.Accounts;

public class PasswordPolicyTests
{
    [Theory]
    [InlineData("short pass")]            // under 12 characters
    [InlineData("password12345678")]      // a common password with digits added
    [InlineData("!!qwerty2024!!")]        // ... and symbols
    [InlineData("123456789012")]          // only digits
    [InlineData("qwertyqwertyqwerty")]    // a repeated pattern
    [InlineData("aaaaaaaaaaaaaaaa")]      // too few different characters
    [InlineData("unbelievable")]          // on the common list itself
    [InlineData("claire.martin.2026")]    // built from the email address
    public void Weak_passwords_are_refused_with_a_reason(string password)
    {
        var problems = PasswordPolicy.CheckPassword(password, "claire.martin@lesechos.example");

        Assert.Single(problems);
        Assert.False(string.IsNullOrWhiteSpace(problems[0]));
    }

    // ASVS 5.0 6.2.11: the three an outside probe got accepted, each refused with its reason.
    [Theory]
    [InlineData("P@ssw0rd2026", PasswordStrength.CommonWithChanges)]
    [InlineData("pressdesk2026", PasswordStrength.BuiltFromContext)]
    [InlineData("Pr3ssD3sk!2026", PasswordStrength.BuiltFromContext)]
    [InlineData("qwertyuiopas", PasswordStrength.CommonWithChanges)]
    [InlineData("M0tdep@sse2026", PasswordStrength.CommonWithChanges)]
    [InlineData("hjkl;hjkl;12", PasswordStrength.EasyToGuess)]
    [InlineData("claire.martin.2026", PasswordStrength.BuiltFromContext)]
    [InlineData("Martin-1985-Paris", PasswordStrength.BuiltFromContext)]
    [InlineData("Zoe_Quillardet_07", PasswordStrength.BuiltFromContext)]
    public void Guessable_passwords_are_refused_with_the_reason(string password, string reason) =>
        Assert.Equal([reason], PasswordPolicy.CheckPassword(password, "claire.martin@lesechos.example", "Zoé Quillardet"));

    [Theory]
    [InlineData("tide lantern orchard 42")]
    [InlineData("Quote-Me-On-Tariffs")]
    public void Good_passwords_pass(string password) => Assert.Empty(PasswordPolicy.CheckPassword(password, "owner@pressdesk.test"));

    [Fact]
    public void Hashes_verify_and_do_not_contain_the_password()
    {
        var policy = new PasswordPolicy();
        var hash = policy.Hash("tide lantern orchard 42");

        Assert.DoesNotContain("tide", hash);
        Assert.Equal(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Success, policy.Verify(hash, "tide lantern orchard 42"));
        Assert.Equal(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed, policy.Verify(hash, "tide lantern orchard 43"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an email")]
    [InlineData("Claire <claire@example.org>")]
    public void Bad_email_addresses_are_refused(string email) => Assert.False(PressDesk.Validation.EmailAddress.IsValid(email));
}
