using PressDesk.Interviews;

namespace PressDesk.Tests.Interviews;

public class LeakDetectorTests
{
    private const string OffRecord = "The minister will resign before Christmas, après le vote du budget.";

    [Theory]
    [InlineData("Sources say THE MINISTER WILL RESIGN BEFORE CHRISTMAS — apres le vote du budget!")]
    [InlineData("« The minister will resign, before Christmas; après le vote du budget », one insider said.")]
    [InlineData("An insider says the minister will probably resign before Christmas, after le vote du budget.")]
    public void An_off_record_sentence_with_other_case_accents_and_punctuation_is_found(string article) =>
        Assert.True(LeakDetector.Contains(article, OffRecord));

    [Theory]
    [InlineData("The budget vote took place on Tuesday; the minister welcomed the result before the Christmas recess.")]
    [InlineData("Energy prices will rise in February for most households.")]
    public void An_unrelated_text_is_not_found(string article) =>
        Assert.False(LeakDetector.Contains(article, OffRecord));

    private const string Phrasing = "Our café network will reopen every site before the summer holidays.";

    [Theory]
    [InlineData("OUR CAFE NETWORK WILL REOPEN EVERY SHOP BEFORE THE SUMMER HOLIDAYS, the chain says.")]
    [InlineData("« Our cafe network will reopen every site before summer holidays », she said.")]
    public void A_phrasing_with_other_case_no_accents_and_one_word_changed_or_missing_is_found(string article) =>
        Assert.Equal([Phrasing], LeakDetector.Found(article, [Phrasing]));

    [Fact]
    public void A_phrasing_with_two_of_its_eleven_words_changed_is_not_found_although_a_leak_would_be()
    {
        const string article = "Our cafe network will reopen each site before the summer break.";
        Assert.Empty(LeakDetector.Found(article, [Phrasing]));
        Assert.True(LeakDetector.Contains(article, Phrasing));
    }
}
