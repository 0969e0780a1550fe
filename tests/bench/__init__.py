"""The benchmarks (bench/) run end to end at a tiny size: no figure judged, only that each still runs."""
