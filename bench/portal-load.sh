#!/usr/bin/env bash
# Load on the WeChat portal: signed text questions (plain and safe mode) at 32 connections against
# the GET URL check as the baseline in the same run. Writes docs/benchmarks.md. Needs MariaDB and
# Redis as for the tests (or the embedded fallback).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
mvn -q -B exec:java -Dexec.mainClass=cn.aiigd.pool.wechat.PortalLoadBenchmark -Dexec.classpathScope=test
