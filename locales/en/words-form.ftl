# The form (`scan new --format form`): the report's own words (user text is never translated).
# Templates call t("id") or t("id", n=3); ids are part of the template interface.

form_title = Form
form_intro = Fill in what the team says, item by item. What you type stays in this browser, also after a reload; below, the session file of it is ready to copy or download.
form_noscript = This form needs JavaScript to keep what you type and to write the session file.
form_no_score = no score
form_text = Explanation, stories (or why it does not apply)
form_examples = Examples (separated by ;)
form_toml = The session file
form_toml_intro = Save it as a .toml file, or add it to a session file with scan import.
form_toml_label = Session file (TOML)
form_copy = Copy
form_download = Download
form_copied = Copied.
form_downloaded = Downloaded:
