#!/usr/bin/env bash
# 10,000 template messages through the outbox to a fake WeChat answering in 20 ms: throughput against
# the ideal, duplicates and losses, at two concurrency settings and with a sender that dies mid-run.
# Appends to docs/benchmarks.md. Needs MariaDB and Redis as for the tests (or the embedded fallback).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B exec:java -Dexec.mainClass=cn.aiigd.pool.notify.NoticeDispatchBenchmark -Dexec.classpathScope=test
