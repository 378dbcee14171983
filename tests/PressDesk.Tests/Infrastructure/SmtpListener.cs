using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace PressDesk.Tests.Infrastructure;

// A real SMTP server on 127.0.0.1 (the SmtpServer library) that keeps what it receives, so the
// email channel is tested against the protocol and not a mock of MailKit. A class fixture.
public sealed class SmtpListener : IAsyncLifetime
{
    private readonly CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;

    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    public int Port { get; private set; }

    public async Task InitializeAsync()
    {
        Port = Loopback.FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(Messages));
        var server = new SmtpServer.SmtpServer(options, services);
        _running = server.StartAsync(_stop.Token);
        if (!await Loopback.WaitUntilListeningAsync(Port))
            throw new InvalidOperationException($"The SMTP listener did not start on port {Port}.");
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _running; } catch (OperationCanceledException) { }
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken ct)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, ct));
            return SmtpResponse.Ok;
        }
    }
}
