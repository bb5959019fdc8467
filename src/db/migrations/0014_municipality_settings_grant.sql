-- The municipality admin changes the municipality's own settings (the map's tile layer): the one
-- column, on its own row only (policy municipality_own_settings, migration 0013).
GRANT UPDATE ("settings") ON "municipality" TO husly_app;
