"""Open data: the published projects as JSON, CSV (records) and IATI 2.03 XML (iati)."""
