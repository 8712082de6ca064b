// The web host hands out a per-run token in the URL fragment; keep it for this tab only and take
// it out of the address bar so it is not bookmarked, shared or left in history.
const KEY = 'duebell.token';

export function takeToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    sessionStorage.setItem(KEY, token);
    history.replaceState(null, '', `${location.pathname}${location.search}#/ledger`);
    return token;
  }
  return sessionStorage.getItem(KEY);
}
