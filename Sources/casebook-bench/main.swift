import CasebookBench

Bench.main()
