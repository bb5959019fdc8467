-- Tenant isolation, least privilege and append-only logs for the spine tables.
-- Roles husly_app and husly_auth are cluster-wide and created outside migrations
-- (src/server/platform/db-roles.ts). Every tenant table added later must get the same
-- treatment: FORCE ROW LEVEL SECURITY and explicit grants (test/security.db.test.ts checks).

ALTER TABLE "municipality" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "district" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "staff_user" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "staff_session" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "audit_event" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "access_log" FORCE ROW LEVEL SECURITY;--> statement-breakpoint

GRANT USAGE ON SCHEMA public TO husly_app, husly_auth;--> statement-breakpoint
GRANT SELECT ON "municipality" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "district" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "staff_user" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON "staff_session" TO husly_app;--> statement-breakpoint
-- The logs are append-only for the application: no UPDATE, no DELETE.
GRANT SELECT, INSERT ON "audit_event" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT ON "access_log" TO husly_app;--> statement-breakpoint

-- husly_auth sees only what a login or a session lookup needs.
GRANT SELECT ("id", "kommunenummer") ON "municipality" TO husly_auth;--> statement-breakpoint
GRANT SELECT ("municipality_id", "id", "username", "password_hash", "active") ON "staff_user" TO husly_auth;--> statement-breakpoint
GRANT SELECT ("municipality_id", "id", "user_id", "expires_at") ON "staff_session" TO husly_auth;--> statement-breakpoint

CREATE FUNCTION husly_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;--> statement-breakpoint
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION husly_refuse_change();--> statement-breakpoint
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION husly_refuse_change();--> statement-breakpoint
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON "access_log"
  FOR EACH ROW EXECUTE FUNCTION husly_refuse_change();--> statement-breakpoint
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON "access_log"
  FOR EACH STATEMENT EXECUTE FUNCTION husly_refuse_change();--> statement-breakpoint

-- Login and session lookups happen before the tenant is known. These two functions are
-- the only way across tenants, return only what authentication needs, and run as
-- husly_auth (which holds column-level SELECT and nothing else).
CREATE FUNCTION husly_auth_find_login(p_username text)
RETURNS TABLE (municipality_id integer, kommunenummer text, user_id uuid, password_hash text, active boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT u.municipality_id, m.kommunenummer, u.id, u.password_hash, u.active
  FROM staff_user u JOIN municipality m ON m.id = u.municipality_id
  WHERE u.username = p_username
  ORDER BY u.municipality_id
  LIMIT 10
$$;--> statement-breakpoint
CREATE FUNCTION husly_auth_find_session(p_session_id text)
RETURNS TABLE (municipality_id integer, user_id uuid, expires_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT s.municipality_id, s.user_id, s.expires_at FROM staff_session s WHERE s.id = p_session_id
$$;--> statement-breakpoint
ALTER FUNCTION husly_auth_find_login(text) OWNER TO husly_auth;--> statement-breakpoint
ALTER FUNCTION husly_auth_find_session(text) OWNER TO husly_auth;--> statement-breakpoint
REVOKE ALL ON FUNCTION husly_auth_find_login(text) FROM PUBLIC;--> statement-breakpoint
REVOKE ALL ON FUNCTION husly_auth_find_session(text) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION husly_auth_find_login(text) TO husly_app;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION husly_auth_find_session(text) TO husly_app;
