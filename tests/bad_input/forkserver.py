"""Run ``linkrevive`` commands in forked children of one process that imported it once.

Starting Python and importing the app and its libraries takes about a second of CPU; the
corpus runs a hundred commands. This helper imports the command line once, then for each
request (one JSON line on stdin) forks a child that runs ``linkrevive.__main__.main`` as
``python -m linkrevive`` would, with its output sent to files, and answers one JSON line:
the exit status (negative: killed by that signal) and the child's peak resident memory
(``VmHWM`` from ``/proc/self/status``, read by the child as it exits; it includes the pages
shared with this helper, so it over-counts a little, never under-counts).

A child still running after ``seconds`` is ended by ``SIGALRM`` (a hang is a defect).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import traceback
from typing import Any

import linkrevive.__main__ as entry
import linkrevive.cli.app
import linkrevive.services.contacts_import
import linkrevive.services.linkedin_import  # noqa: F401  (imported once, before forking)


def _peak_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def _child(request: dict[str, Any]) -> None:
    """In the forked child: run the command, write the peak, exit with the status."""
    code = 70
    try:
        out = os.open(str(request["stdout"]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        err = os.open(str(request["stderr"]), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
        os.dup2(out, 1)
        os.dup2(err, 2)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        signal.alarm(request["seconds"])
        sys.argv = ["linkrevive", *request["argv"]]
        try:
            code = entry.main(list(request["argv"]))
        except SystemExit as exc:
            code = int(exc.code or 0) if not isinstance(exc.code, str) else 1
        except BaseException:
            traceback.print_exc()
            code = 1
        sys.stdout.flush()
        sys.stderr.flush()
        with open(str(request["peak"]), "w", encoding="ascii") as peak:
            peak.write(str(_peak_kb()))
    finally:
        os._exit(code)


def main() -> int:
    """Serve requests until stdin closes."""
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _child(request)
        _pid, status = os.waitpid(pid, 0)
        print(json.dumps({"code": os.waitstatus_to_exitcode(status)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
