namespace PressDesk.Intake.DropFolder;

// A dropped file's bytes as an intake message, or the reason they cannot be one.
public static class DropFileReader
{
    public static (IntakeMessage? Message, IntakeProblem? Problem) Read(byte[] content, string fileName, string sourceName)
    {
        if (content.Length == 0) return (null, new("The file is empty."));
        return fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? JsonIntakeReader.Read(content, IntakeSource.Drop, sourceName)
            : EmailReader.Parse(content, IntakeSource.Drop, sourceName);
    }
}
