# Inputs that once crashed fuzz_run go here; the test suite replays them.
pass
