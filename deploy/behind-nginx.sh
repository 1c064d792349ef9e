#!/usr/bin/env bash
# Run the service as in production: gunicorn (the Procfile's command) on loopback, and Debian's nginx
# (`apt-get install nginx`) in front of it with deploy/nginx.conf. Both run in the foreground; SIGTERM
# or Ctrl-C stops both, and if either exits the other is stopped too.
#
#   PORT=8080 deploy/behind-nginx.sh
#
# PORT: where nginx listens (default 8080; SUMMARIZER_PROXY_HOST, default 0.0.0.0). gunicorn listens on
# 127.0.0.1:SUMMARIZER_APP_PORT (default 8000). Every other SUMMARIZER_* setting reaches gunicorn and
# the app as usual; SUMMARIZER_MAX_CONTENT_LENGTH is nginx's body limit as well.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${PORT:-8080}"
app_port="${SUMMARIZER_APP_PORT:-8000}"
max_body="${SUMMARIZER_MAX_CONTENT_LENGTH:-2097152}"
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$nginx_bin" ] || { echo "behind-nginx.sh: nginx is missing: apt-get install nginx" >&2; exit 2; }
gunicorn_bin="$(command -v gunicorn || echo .venv/bin/gunicorn)"

rundir="$(mktemp -d -t summarizer-nginx.XXXXXX)"
chmod 755 "$rundir"  # nginx's workers (user nobody when started as root) keep request bodies here
sed -e "s|@LISTEN@|${SUMMARIZER_PROXY_HOST:-0.0.0.0}:${port}|" \
    -e "s|@UPSTREAM@|127.0.0.1:${app_port}|" \
    -e "s|@MAX_BODY@|${max_body}|g" deploy/nginx.conf > "$rundir/nginx.conf"
"$nginx_bin" -t -q -e stderr -p "$rundir" -c "$rundir/nginx.conf"

pids=()
stop() {
    trap - TERM INT
    kill -TERM "${pids[@]}" 2>/dev/null || true  # gunicorn: graceful stop; nginx: fast stop
    wait "${pids[@]}" 2>/dev/null || true
    rm -rf "$rundir"
}
trap 'stop; exit 143' TERM
trap 'stop; exit 130' INT

PORT="$app_port" SUMMARIZER_HOST=127.0.0.1 "$gunicorn_bin" --config gunicorn.conf.py service.wsgi:app &
pids+=($!)
"$nginx_bin" -e stderr -p "$rundir" -c "$rundir/nginx.conf" -g "daemon off;" &
pids+=($!)
status=0
wait -n "${pids[@]}" || status=$?
stop
exit "$status"
