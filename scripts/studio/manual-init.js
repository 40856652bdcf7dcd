// The studio starts Decap itself, with the configuration generated from the schema.
window.CMS_MANUAL_INIT = true;
