#!/usr/bin/env bash
# Build the Microsoft Teams app package (manifest.json + color.png + outline.png, zipped)
# for RP Assistant.
#
# Usage:
#   MICROSOFT_APP_ID=<bot app id (GUID)> BOT_DOMAIN=<host name> deployment/teams/build-package.sh
#
# Settings (environment variables):
#   MICROSOFT_APP_ID  required  the Azure Bot's Microsoft App ID (a GUID); used as the Teams app id
#                               and as the bot id
#   BOT_DOMAIN        required  host name the bot is served from, no scheme or path,
#                               e.g. the App Service's <name>.azurewebsites.net
#   APP_VERSION       optional  manifest version, MAJOR.MINOR.PATCH (default 1.0.0); raise it
#                               every time you upload a changed package
#   WEBSITE_URL       optional  default https://$BOT_DOMAIN/
#   PRIVACY_URL       optional  default https://$BOT_DOMAIN/privacy
#   TERMS_URL         optional  default https://$BOT_DOMAIN/terms
#
# Output: deployment/teams/build/rp-assistant-teams-app.zip (path printed on the last line).
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
template="$script_dir/manifest.template.json"
build_dir="$script_dir/build"
package="$build_dir/rp-assistant-teams-app.zip"

fail() {
  echo "build-package.sh: error: $*" >&2
  exit 1
}

command -v python3 >/dev/null 2>&1 || fail "python3 is needed (to fill in and check the manifest)."

# ---- read and check the settings ---------------------------------------------------

MICROSOFT_APP_ID="${MICROSOFT_APP_ID:-}"
BOT_DOMAIN="${BOT_DOMAIN:-}"
APP_VERSION="${APP_VERSION:-1.0.0}"

[[ -n "$MICROSOFT_APP_ID" ]] || fail "MICROSOFT_APP_ID is not set. Set it to the Azure Bot's Microsoft App ID, e.g. MICROSOFT_APP_ID=00000000-0000-0000-0000-000000000000"
guid_re='^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$'
[[ "$MICROSOFT_APP_ID" =~ $guid_re ]] || fail "MICROSOFT_APP_ID '$MICROSOFT_APP_ID' is not a GUID (expected the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
MICROSOFT_APP_ID="${MICROSOFT_APP_ID,,}"   # lower case, as the Azure portal shows it

[[ -n "$BOT_DOMAIN" ]] || fail "BOT_DOMAIN is not set. Set it to the host name the bot is served from, without https:// or a path, e.g. BOT_DOMAIN=my-bot.azurewebsites.net"
[[ "$BOT_DOMAIN" != *://* ]] || fail "BOT_DOMAIN '$BOT_DOMAIN' must be a host name only: remove the scheme (https://)."
host_re='^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$'
[[ "$BOT_DOMAIN" =~ $host_re ]] || fail "BOT_DOMAIN '$BOT_DOMAIN' is not a plain host name (no path, port, spaces or trailing slash), e.g. my-bot.azurewebsites.net"

version_re='^[0-9]+\.[0-9]+\.[0-9]+$'
[[ "$APP_VERSION" =~ $version_re ]] || fail "APP_VERSION '$APP_VERSION' must look like MAJOR.MINOR.PATCH, e.g. 1.0.0"

WEBSITE_URL="${WEBSITE_URL:-https://$BOT_DOMAIN/}"
PRIVACY_URL="${PRIVACY_URL:-https://$BOT_DOMAIN/privacy}"
TERMS_URL="${TERMS_URL:-https://$BOT_DOMAIN/terms}"
url_re='^https://[^[:space:]"\\<>]+$'
for name in WEBSITE_URL PRIVACY_URL TERMS_URL; do
  [[ "${!name}" =~ $url_re ]] || fail "$name '${!name}' must be an https:// URL with no spaces or quotes (Teams rejects http:// here)."
done

for f in "$template" "$script_dir/color.png" "$script_dir/outline.png"; do
  [[ -f "$f" ]] || fail "missing $f (the icons can be redrawn with: python3 $script_dir/make-icons.py)"
done

# ---- fill in the template --------------------------------------------------------------

work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT
manifest="$work_dir/manifest.json"

# Values go to python3 through the environment, never through a sed expression or the shell,
# and each one is escaped as a JSON string, so characters such as & / \ " are safe.
MICROSOFT_APP_ID="$MICROSOFT_APP_ID" BOT_DOMAIN="$BOT_DOMAIN" APP_VERSION="$APP_VERSION" \
WEBSITE_URL="$WEBSITE_URL" PRIVACY_URL="$PRIVACY_URL" TERMS_URL="$TERMS_URL" \
python3 - "$template" "$manifest" <<'PY'
import json, os, sys

src, dst = sys.argv[1], sys.argv[2]
names = ["MICROSOFT_APP_ID", "BOT_DOMAIN", "APP_VERSION", "WEBSITE_URL", "PRIVACY_URL", "TERMS_URL"]
with open(src, encoding="utf-8") as f:
    text = f.read()
for name in names:
    escaped = json.dumps(os.environ[name])[1:-1]  # JSON string body, without the quotes
    text = text.replace("${" + name + "}", escaped)
with open(dst, "w", encoding="utf-8") as f:
    f.write(text)
PY

# ---- check the result ------------------------------------------------------------------

python3 -m json.tool "$manifest" >/dev/null || fail "the generated manifest.json is not valid JSON (see the error above)."
# shellcheck disable=SC2016  # a literal ${ is what we are looking for
if grep -n '\${' "$manifest" >&2; then
  fail "the generated manifest.json still has unreplaced \${...} placeholders (lines above)."
fi

# ---- zip it ----------------------------------------------------------------------------

mkdir -p "$build_dir"
rm -f "$package"   # zip would otherwise add to an old archive
if command -v zip >/dev/null 2>&1; then
  zip -q -j -X "$package" "$manifest" "$script_dir/color.png" "$script_dir/outline.png"
else
  python3 - "$package" "$manifest" "$script_dir/color.png" "$script_dir/outline.png" <<'PY'
import os, sys, zipfile

out, files = sys.argv[1], sys.argv[2:]
with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
    for path in files:
        z.write(path, arcname=os.path.basename(path))
PY
fi

echo "Teams app package (version $APP_VERSION, app id $MICROSOFT_APP_ID, domain $BOT_DOMAIN):"
echo "$package"
