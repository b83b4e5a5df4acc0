#!/usr/bin/env bash
# Accuracy of the policy answerer on every evaluation set and its latency (p50/p99 per question,
# index build time), each beside the keyword-rule baseline measured in the same run.
# Writes docs/policy-answers.md. Needs MariaDB and Redis as for the tests (or the embedded fallback).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B exec:java -Dexec.mainClass=cn.aiigd.pool.policy.PolicyLatencyBenchmark -Dexec.classpathScope=test
