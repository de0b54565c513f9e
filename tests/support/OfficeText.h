#pragma once

#include <QString>

// What LibreOffice makes of an exported Office file, for the suites that open their PPTX in it: the
// file converted to PDF headless, and the PDF's text read back by pdftotext.
namespace officetext {

// The tool the check needs that is not installed ("soffice", or "pdftotext" of poppler-utils); empty
// when both are.
QString missingTool();
// The text LibreOffice draws of `file`, white space removed. Empty, with what failed in *error, when
// the conversion or the reading fails.
QString pdfText(const QString& file, QString* error);

} // namespace officetext
