-- Each warehouse dispatches its own lines of a material request: a request is on its way once every line is.
ALTER TABLE material_request_line ADD COLUMN dispatched_at DATETIME NULL;
