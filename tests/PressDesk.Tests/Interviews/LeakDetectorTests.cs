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
}
