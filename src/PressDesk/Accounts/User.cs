namespace PressDesk.Accounts;

public static class Roles
{
    public const string Owner = "Owner";
    public const string Member = "Member";
}

// DisplayName: the name the person gives on /account (null until then).
public sealed record User(long Id, string Email, string Role, string PasswordHash, long CreatedAt, string? DisplayName)
{
    public bool IsOwner => Role == Roles.Owner;
}
