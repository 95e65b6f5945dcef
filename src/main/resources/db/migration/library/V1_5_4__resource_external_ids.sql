-- Every resource gets an external id, so an export can be edited and imported back as updates.
update resource set external_id = 'carta-' || id where external_id is null;
