extern alias app;

using app::PressDesk.Briefings;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PressDesk.Benchmarks;

// One typical sheet (the golden test's request: prep with three key points, two earlier
// requests) through the shipped default template, Markdig and the sanitiser, in process.
[MemoryDiagnoser]
public class BriefingRendering
{
    private BriefingRenderer _renderer = null!;
    private BriefingModel _model = null!;

    public static int Run(string[] args)
    {
        // In process: BenchmarkDotNet need not generate and build a project around the app.
        var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
        BenchmarkRunner.Run<BriefingRendering>(config, args);
        return 0;
    }

    [GlobalSetup]
    public void Setup()
    {
        _renderer = new BriefingRenderer(new BriefingTemplates(Path.Combine(AppContext.BaseDirectory, "templates")));
        _model = new BriefingModel(
            new BriefingRequest(3, "The new energy tariff", "Will households pay more this winter?", "Phone", "Preparing",
                "Sat 28 Nov 2026, 13:55", "Sat 28 Nov 2026, 17:05", "2 h 55 min", false, "http://localhost:5080/requests/3"),
            new BriefingJournalist(1, "Claire Martin", "Energy"),
            new BriefingOutlet("Les Echos", "You may offer to re-read your quotes", "QuotesOnly"),
            new BriefingClock("Warning", "call back now: 15 min left", "14:10", "14:25", null),
            new BriefingPrep(true, "Energy policy"),
            [
                new BriefingKeyPoint(1, "Bills rise in February", ["Households will pay 8% more for electricity from the first of February\\."]),
                new BriefingKeyPoint(2, "The poorest are shielded", ["The 3 million homes on the social tariff pay nothing extra\\."]),
                new BriefingKeyPoint(3, "Insulation pays back", ["Insulating a loft saves 300 euros a year\\.", "A loft costs less to insulate than one winter of higher bills\\."]),
            ],
            new BriefingHistory(
                [
                    new BriefingPastRequest("Winter blackouts", "Sun 22 Nov 2026, 14:05", "Responded", "45 min", "after target"),
                    new BriefingPastRequest("Grid investment plan", "Sun 8 Nov 2026, 14:05", "Responded", "12 min", "within target"),
                ],
                [], 2, "28 min"),
            [],
            [
                "Stay on the record. Avoid \"off\"; if something slips out, ask explicitly that it not be used, and note whether the journalist agreed.",
                "You may offer to re-read only your own quotes.",
                "Never ask to see the article before publication.",
            ],
            "Sat 28 Nov 2026, 14:10");
        if (Markdown().Length == 0 || Sheet().Length == 0) throw new InvalidOperationException("The default template rendered nothing.");
    }

    [Benchmark]
    public string Markdown() => _renderer.RenderMarkdown(_model, BriefingOptions.DefaultTemplate).Markdown!;

    [Benchmark(Baseline = true)]
    public string Sheet() => BriefingRenderer.ToHtml(_renderer.RenderMarkdown(_model, BriefingOptions.DefaultTemplate).Markdown!);
}
