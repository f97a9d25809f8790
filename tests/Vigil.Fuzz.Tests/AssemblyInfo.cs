// Each target has a time budget; run one at a time so the budgets do not share the CPU and the figures mean the same every run.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
