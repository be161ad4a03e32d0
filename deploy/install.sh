#!/usr/bin/env bash
# Install or upgrade the portal on one Debian 12 server (docs/deployment.md).
#
#   apt-get install $(cat deploy/debian-packages.txt)
#   git clone <the portal's repository> /srv/portal/app
#   PORTAL_HOSTS=portal.example.se,boden.example.se PORTAL_EMAIL=it@example.se \
#     /srv/portal/app/deploy/install.sh
#
# Run as root from the checkout in /srv/portal/app; run it again after each
# `git pull` of a release. It never overwrites /etc/portal.env or a certificate.
#
#   PORTAL_HOSTS         every site's hostname, comma-separated; the first is the portal's
#   PORTAL_TLS           certbot (default): a Let's Encrypt certificate for every host;
#                        self-signed: keep the self-signed one (trying it out);
#                        none: TLS ends at a load balancer (nginx listens on 80 only)
#   PORTAL_EMAIL         Let's Encrypt's contact address (certbot only)
#   PORTAL_DATABASE_URL  an existing database; unset: a local PostgreSQL role and
#                        database "portal" are created (PORTAL_PSQL runs the SQL)
#   PORTAL_PREFIX        install below this folder instead of / (the tests do):
#                        nothing is started, no certificate is requested
set -euo pipefail

say() { printf '\n== %s\n' "$*"; }
die() { echo "install.sh: $*" >&2; exit 1; }

prefix=${PORTAL_PREFIX:-}
hosts=${PORTAL_HOSTS:-}
tls=${PORTAL_TLS:-certbot}
psql=${PORTAL_PSQL:-runuser -u postgres -- psql}
db_name=${PORTAL_DB_NAME:-portal}
app=/srv/portal/app
user=portal

[ "$(id -u)" -eq 0 ] || die "run it as root"
[ -n "$hosts" ] || die "set PORTAL_HOSTS to the sites' hostnames (comma-separated)"
case "$tls" in certbot | self-signed | none) ;; *) die "PORTAL_TLS: certbot, self-signed or none" ;; esac
[ "$tls" != certbot ] || [ -n "${PORTAL_EMAIL:-}" ] || die "certbot needs PORTAL_EMAIL"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[ "$here" = "$(cd "$prefix$app" 2>/dev/null && pwd)" ] ||
  die "check the release out into $prefix$app and run it from there"
portal_host=${hosts%%,*}
live=$([ -z "$prefix" ] && [ -d /run/systemd/system ] && echo yes || echo no)

say "Service user $user"
if ! grep -q "^$user:" "$prefix/etc/passwd"; then
  useradd ${prefix:+--prefix "$prefix"} --system --user-group --no-create-home \
    --home-dir /srv/portal --shell /usr/sbin/nologin "$user"
fi
uid=$(awk -F: -v u="$user" '$1 == u { print $3 }' "$prefix/etc/passwd")
gid=$(awk -F: -v u="$user" '$1 == u { print $4 }' "$prefix/etc/passwd")
# The code stays root's: the service may write only its media, static files and backups.
install -d -o "$uid" -g "$gid" -m 750 "$prefix/srv/portal/media" \
  "$prefix/srv/portal/static" "$prefix/srv/portal/backups"
install -d -m 755 "$prefix/var/www/letsencrypt"
as_portal() { if [ "$live" = yes ]; then runuser -u "$user" -- "$@"; else "$@"; fi; }

say "Environment /etc/portal.env"
env_file=$prefix/etc/portal.env
if [ ! -f "$env_file" ]; then
  secret() { python3 -c 'import secrets; print(secrets.token_urlsafe(int(__import__("sys").argv[1])))' "$1"; }
  database_url=${PORTAL_DATABASE_URL:-}
  if [ -z "$database_url" ]; then
    password=$(secret 24)
    if ! $psql -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$user'" | grep -q 1; then
      $psql -c "CREATE ROLE $user LOGIN PASSWORD '$password'"
    else
      $psql -c "ALTER ROLE $user PASSWORD '$password'"
    fi
    if ! $psql -tAc "SELECT 1 FROM pg_database WHERE datname = '$db_name'" | grep -q 1; then
      $psql -c "CREATE DATABASE \"$db_name\" OWNER $user"
    fi
    database_url="postgres://$user:$password@127.0.0.1:5432/$db_name"
  fi
  origins=$(printf 'https://%s,' ${hosts//,/ })
  umask 027
  cat >"$env_file" <<ENV
# Written by deploy/install.sh; every variable is explained in .env.example.
DJANGO_SETTINGS_MODULE=portal.settings.production
SECRET_KEY=$(secret 50)
ALLOWED_HOSTS=$hosts
CSRF_TRUSTED_ORIGINS=${origins%,}
WAGTAILADMIN_BASE_URL=https://$portal_host
DATABASE_URL=$database_url
REDIS_URL=redis://127.0.0.1:6379/0
STATIC_ROOT=/srv/portal/static
MEDIA_ROOT=/srv/portal/media
DEFAULT_FROM_EMAIL=portalen@$portal_host
# EMAIL_HOST=smtp.example.se  (until it is set, e-mail goes to the journal)
ENV
  umask 022
  chgrp "$gid" "$env_file"
fi

say "Python environment and the release"
[ -x "$prefix$app/.venv/bin/python" ] || python3 -m venv "$prefix$app/.venv"
"$prefix$app/.venv/bin/pip" install --quiet --disable-pip-version-check "$prefix$app"

say "Django: checks, static files, migrations"
(
  set -a
  # shellcheck disable=SC1090
  . "$env_file"
  set +a
  # Under a prefix the paths in the file are the server's: point them into it.
  if [ -n "$prefix" ]; then
    STATIC_ROOT=$prefix$STATIC_ROOT MEDIA_ROOT=$prefix$MEDIA_ROOT
  fi
  cd "$prefix$app"
  as_portal .venv/bin/python manage.py check --deploy --fail-level WARNING
  as_portal .venv/bin/python manage.py collectstatic --noinput --verbosity 0
  as_portal .venv/bin/python manage.py migrate --noinput --verbosity 0
  as_portal .venv/bin/python manage.py set_portal_host "$portal_host"
)

say "nginx"
site=portal-tls.conf
[ "$tls" != none ] || site=portal.conf
install -D -m 644 "$prefix$app/deploy/nginx/portal-locations.conf" \
  "$prefix/etc/nginx/snippets/portal-locations.conf"
install -D -m 644 "$prefix$app/deploy/nginx/$site" "$prefix/etc/nginx/sites-available/portal.conf"
install -d "$prefix/etc/nginx/sites-enabled"
ln -sfn /etc/nginx/sites-available/portal.conf "$prefix/etc/nginx/sites-enabled/portal.conf"
rm -f "$prefix/etc/nginx/sites-enabled/default"

if [ "$tls" != none ]; then
  say "TLS certificate"
  certs=$prefix/etc/ssl/portal
  install -d -m 755 "$certs"
  if [ ! -e "$certs/fullchain.pem" ]; then
    # nginx needs a certificate to start before certbot can ask for one.
    names=$(printf 'DNS:%s,' ${hosts//,/ })
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=$portal_host" \
      -addext "subjectAltName=${names%,}" \
      -keyout "$certs/privkey.pem" -out "$certs/fullchain.pem" 2>/dev/null
    chmod 600 "$certs/privkey.pem"
  fi
fi

say "systemd units"
install -m 644 "$prefix$app"/deploy/systemd/portal*.service \
  "$prefix$app"/deploy/systemd/portal*.timer "$prefix/etc/systemd/system/"
units=(portal.service)
for timer in "$prefix$app"/deploy/systemd/*.timer; do units+=("$(basename "$timer")"); done
if [ "$live" = yes ]; then
  systemctl daemon-reload
  systemctl enable "${units[@]}"
  systemctl restart portal.service
  systemctl start "${units[@]:1}"
  nginx -t
  systemctl reload nginx
else
  systemctl --root="${prefix:-/}" enable "${units[@]}" 2>/dev/null
fi

if [ "$tls" = certbot ] && [ "$live" = yes ]; then
  say "Let's Encrypt certificate"
  domains=()
  for host in ${hosts//,/ }; do domains+=(-d "$host"); done
  certbot certonly --webroot -w /var/www/letsencrypt --non-interactive --agree-tos \
    --email "$PORTAL_EMAIL" --cert-name portal --keep-until-expiring "${domains[@]}" \
    --deploy-hook "systemctl reload nginx"
  ln -sfn /etc/letsencrypt/live/portal/fullchain.pem /etc/ssl/portal/fullchain.pem
  ln -sfn /etc/letsencrypt/live/portal/privkey.pem /etc/ssl/portal/privkey.pem
  systemctl reload nginx
fi

say "Done: https://$portal_host/ (admin: /admin/; first user: manage.py createsuperuser)"
