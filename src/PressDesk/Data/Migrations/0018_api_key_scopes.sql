-- What each API key may do (space-separated scopes, see Accounts/ApiScopes.cs). Keys made before
-- scopes keep what they did, except reading sealed statements, which now needs briefings:sealed.
ALTER TABLE api_keys ADD COLUMN scopes TEXT NOT NULL DEFAULT '';
UPDATE api_keys SET scopes = 'requests:write requests:read prep:write briefings:read';

-- The sign-in throttle forgets a client's failures for an account once it signs in to it.
CREATE INDEX ix_sign_in_attempts_success ON sign_in_attempts (email, remote_ip, at) WHERE succeeded = 1;
