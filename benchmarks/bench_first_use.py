"""First-use cost of the boilerplate patterns: CPU time of ``Patterns.builtin()`` (and of
a first ``clean()`` of a short text) in a fresh process, best of ``--repeat``.

Every CLI run and every ``clean --workers`` parent (which warms up before it forks) pays
this once. The reference measured in the same run is the CPU time of ``import cleantext``
itself (what every process pays before it can build anything).

    python benchmarks/bench_first_use.py --repeat 5
"""

from __future__ import annotations

import argparse
import subprocess
import sys

CASES = {
    "import cleantext (reference)": ("", "import cleantext"),
    "Patterns.builtin()": (
        "import cleantext; from cleantext.boilerplate.patterns import Patterns",
        "Patterns.builtin()",
    ),
    "first clean() light": ("import cleantext", "cleantext.clean('Hello.\\nRead more')"),
    "first clean() extract": (
        "import cleantext",
        "cleantext.clean('Hello.\\nRead more', preset='extract')",
    ),
}


def once(setup: str, stmt: str) -> float:
    code = f"import time\n{setup}\nt = time.process_time()\n{stmt}\n"
    code += "print(time.process_time() - t)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    best = {name: float("inf") for name in CASES}
    for _ in range(args.repeat):  # interleaved: the load is shared alike
        for name, (setup, stmt) in CASES.items():
            best[name] = min(best[name], once(setup, stmt))
    ref = best["import cleantext (reference)"]
    print(f"CPU time in a fresh process, best of {args.repeat}")
    for name, secs in best.items():
        print(f"  {name:30s} {secs:7.3f} s  {secs / ref:5.2f}x the import")


if __name__ == "__main__":
    main()
