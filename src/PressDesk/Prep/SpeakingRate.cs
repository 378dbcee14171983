using PressDesk.Localization;

namespace PressDesk.Prep;

// How fast a quote is said, to tell the user how long a phrasing takes on the phone.
public static class SpeakingRate
{
    // English: about 150 words a minute in steady conversation, the figure the National Center
    // for Voice and Speech gives for conversational American English.
    public const int English = 150;

    // French: unscripted speech in France is usually put at 120 to 160 words a minute (public
    // speaking coaches' figure); French words are longer on average, so we take the middle, 140.
    public const int French = 140;

    public static int WordsPerMinute(string language) => language == Languages.FrenchCode ? French : English;
}
