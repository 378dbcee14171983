namespace PressDesk.Accounts;

public static class Roles
{
    public const string Owner = "Owner";
    public const string Member = "Member";
}

public sealed record User(long Id, string Email, string Role, string PasswordHash, long CreatedAt)
{
    public bool IsOwner => Role == Roles.Owner;
}
