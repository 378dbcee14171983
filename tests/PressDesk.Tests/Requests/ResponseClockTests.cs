using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PressDesk.Requests;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Requests;

public class ResponseClockTests
{
    // The tests' fixed start, seen from a zone an hour east of UTC.
    private static readonly DateTimeOffset Received = PressDeskApp.DefaultStart.ToOffset(TimeSpan.FromHours(1));
    private readonly FakeTimeProvider _time = new(Received);
    private readonly ResponseClock _clock;

    public ResponseClockTests()
    {
        var options = new ResponseTimeOptions { WarnAfter = TimeSpan.FromMinutes(15), Target = TimeSpan.FromMinutes(30) };
        _clock = new ResponseClock(new StaticOptions(options), _time);
    }

    [Fact]
    public void A_new_request_is_on_time_and_due_at_target_from_when_the_message_was_left()
    {
        var reading = _clock.Read(Received, null);

        Assert.Equal(ClockState.OnTime, reading.State);
        Assert.Equal(Received.AddMinutes(15), reading.WarnAt);
        Assert.Equal(Received.AddMinutes(30), reading.DueAt);
        Assert.Null(reading.ResponseTime);
    }

    [Fact]
    public void One_tick_before_warn_after_is_still_on_time()
    {
        _time.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromTicks(1));
        Assert.Equal(ClockState.OnTime, _clock.Read(Received, null).State);
    }

    [Fact]
    public void Exactly_at_warn_after_is_warning()
    {
        _time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(ClockState.Warning, _clock.Read(Received, null).State);
    }

    [Fact]
    public void One_tick_before_target_is_still_warning()
    {
        _time.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromTicks(1));
        Assert.Equal(ClockState.Warning, _clock.Read(Received, null).State);
    }

    [Fact]
    public void Exactly_at_target_is_overdue()
    {
        _time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(ClockState.Overdue, _clock.Read(Received, null).State);
    }

    [Fact]
    public void A_response_exactly_at_target_meets_it()
    {
        _time.Advance(TimeSpan.FromHours(2));
        var reading = _clock.Read(Received, Received.AddMinutes(30));

        Assert.Equal(ClockState.Met, reading.State);
        Assert.Equal(TimeSpan.FromMinutes(30), reading.ResponseTime);
    }

    [Fact]
    public void A_response_one_tick_after_target_is_late()
    {
        var reading = _clock.Read(Received, Received.AddMinutes(30).AddTicks(1));
        Assert.Equal(ClockState.Late, reading.State);
    }

    [Fact]
    public void A_response_freezes_the_clock_whatever_the_time_now()
    {
        var reading = _clock.Read(Received, Received.AddMinutes(3));
        _time.Advance(TimeSpan.FromDays(3));

        Assert.Equal(reading, _clock.Read(Received, Received.AddMinutes(3)));
        Assert.Equal(ClockState.Met, reading.State);
    }

    [Fact]
    public void Changed_settings_move_the_boundaries()
    {
        var settings = new ResponseTimeOptions { WarnAfter = TimeSpan.FromMinutes(5), Target = TimeSpan.FromMinutes(10) };

        Assert.Equal(ClockState.Warning, ResponseClock.Evaluate(Received, null, settings, Received.AddMinutes(5)).State);
        Assert.Equal(ClockState.Overdue, ResponseClock.Evaluate(Received, null, settings, Received.AddMinutes(10)).State);
    }

    private sealed class StaticOptions(ResponseTimeOptions value) : IOptionsMonitor<ResponseTimeOptions>
    {
        public ResponseTimeOptions CurrentValue => value;
        public ResponseTimeOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<ResponseTimeOptions, string?> listener) => null;
    }
}
