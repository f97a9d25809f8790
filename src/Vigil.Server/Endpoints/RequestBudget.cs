using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Vigil.Server.Endpoints;

/// <summary>
/// A request's time budget (<see cref="ServerSettings.RequestBudget"/>) joined with its client's disconnect: the token
/// the screening loops check, so the work stops when the client has gone or the budget is spent.
/// </summary>
internal sealed class RequestBudget : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _aborted;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly TimeSpan _budget;

    public RequestBudget(TimeSpan budget, CancellationToken aborted)
    {
        _budget = budget;
        _aborted = aborted;
        _source = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        _source.CancelAfter(budget);
    }

    /// <summary>Fires when the client disconnects or the budget runs out.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>The budget ran out (not the client): the timer fired, or the clock passed it before the timer did.</summary>
    public bool Spent => !_aborted.IsCancellationRequested
        && (_source.IsCancellationRequested || Stopwatch.GetElapsedTime(_started) > _budget);

    /// <summary>503 naming the budget and the setting that sets it.</summary>
    public ProblemHttpResult Problem() => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "Request budget spent",
        detail: string.Format(CultureInfo.InvariantCulture,
            "the request needed more than its budget of {0:0.###} s ({1}); send fewer records or a shorter text",
            _budget.TotalSeconds, ServerSettings.RequestBudgetKey));

    public void Dispose() => _source.Dispose();
}
