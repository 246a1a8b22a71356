<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../canvas/interactions/text_edits.py" line="34"/>
        <source>Edit card title “%1”</source>
        <translation>编辑卡片标题“%1”</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/text_edits.py" line="76"/>
        <source>Edit text of card “%1”</source>
        <translation>编辑卡片“%1”的文字</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/text_edits.py" line="95"/>
        <source>Rename stage to “%1”</source>
        <translation>将阶段重命名为“%1”</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/text_edits.py" line="115"/>
        <source>Rename step</source>
        <translation>重命名步骤</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/text_edits.py" line="138"/>
        <source>Label link</source>
        <translation>标注连线</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/text_edits.py" line="158"/>
        <source>Rename lane to “%1”</source>
        <translation>将泳道重命名为“%1”</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/text_edits.py" line="177"/>
        <source>Edit title “%1”</source>
        <translation>编辑标题“%1”</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/text_edits.py" line="196"/>
        <source>Add card “%1”</source>
        <translation>添加卡片“%1”</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="39"/>
        <source>The file on disk cannot be read as a journey any more.</source>
        <translation>磁盘上的文件已无法作为旅程读取。</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="42"/>
        <source>The file on disk holds the same journey as this window.</source>
        <translation>磁盘上的文件与此窗口中的旅程相同。</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="45"/>
        <source>… and %1 more differences</source>
        <translation>……另有 %1 处不同</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="51"/>
        <source>The journey&apos;s title</source>
        <translation>旅程标题</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="52"/>
        <source>The scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="53"/>
        <source>The content language</source>
        <translation>内容语言</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="54"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="55"/>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="56"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="57"/>
        <source>Persona</source>
        <translation>用户画像</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="58"/>
        <source>Emotion point</source>
        <translation>情绪点</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="59"/>
        <source>The import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="62"/>
        <source>only in this window</source>
        <translation>只在此窗口中</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="63"/>
        <source>only in the file on disk</source>
        <translation>只在磁盘上的文件中</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="64"/>
        <source>differs</source>
        <translation>不同</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="69"/>
        <source>%1: “%2” here, “%3” on disk</source>
        <translation>%1：此处为“%2”，磁盘上为“%3”</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="76"/>
        <source>%1%2: %3</source>
        <translation>%1%2：%3</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="93"/>
        <source>File changed on disk</source>
        <translation>文件已在磁盘上更改</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="96"/>
        <source>“%1” was changed on disk by another program or window since you opened or saved it.</source>
        <translation>自您打开或保存“%1”以来，它已被其他程序或窗口在磁盘上更改。</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="100"/>
        <source>What differs:
%1

Keep Mine saves this window&apos;s version over it.</source>
        <translation>不同之处：
%1

“保留我的”会用此窗口的版本覆盖它。</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="106"/>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="107"/>
        <source>&amp;Keep Mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/disk_change_dialog.py" line="108"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/disk_watch.py" line="144"/>
        <source>Reloaded “%1”: it was changed on disk.</source>
        <translation>已重新载入“%1”：它已在磁盘上更改。</translation>
    </message>
    <message>
        <location filename="../../app/disk_watch.py" line="200"/>
        <source>Reload from disk</source>
        <translation>从磁盘重新载入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../canvas/interactions/card_span.py" line="42"/>
        <source>Span %n column(s)</source>
        <extracomment>How near the right edge of a card (scene units at 100 %) grabs it for spanning.</extracomment>
        <translation>
            <numerusform>跨 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/link_drag.py" line="38"/>
        <source>Link cards</source>
        <translation>连接卡片</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/step_drag.py" line="31"/>
        <source>Move step</source>
        <translation>移动步骤</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/step_drag.py" line="66"/>
        <source>Resize step</source>
        <translation>调整步骤宽度</translation>
    </message>
    <message>
        <location filename="../../canvas/clipboard.py" line="80"/>
        <source>Cut card “%1”</source>
        <extracomment>Plain text pasted from elsewhere makes at most this many cards.</extracomment>
        <translation>剪切卡片“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../canvas/clipboard.py" line="80"/>
        <source>Cut %n cards</source>
        <translation>
            <numerusform>剪切 %n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../canvas/clipboard.py" line="108"/>
        <source>Paste card “%1”</source>
        <translation>粘贴卡片“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../canvas/clipboard.py" line="108"/>
        <source>Paste %n cards</source>
        <translation>
            <numerusform>粘贴 %n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/card_drag.py" line="110"/>
        <location filename="../../canvas/interactions/keyboard.py" line="221"/>
        <source>Move card “%1”</source>
        <extracomment>Score change of one Up/Down press on an emotion point, and a position step.</extracomment>
        <translation>移动卡片“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../canvas/interactions/card_drag.py" line="110"/>
        <location filename="../../canvas/interactions/keyboard.py" line="221"/>
        <source>Move %n cards</source>
        <translation>
            <numerusform>移动 %n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/double_click.py" line="96"/>
        <location filename="../../canvas/interactions/keyboard.py" line="314"/>
        <source>Add emotion point %1 in “%2”</source>
        <translation>在“%2”添加情感点 %1</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/header_drag.py" line="64"/>
        <location filename="../../canvas/interactions/keyboard.py" line="236"/>
        <source>Move stage “%1”</source>
        <translation>移动阶段“%1”</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/header_drag.py" line="89"/>
        <location filename="../../canvas/interactions/keyboard.py" line="250"/>
        <source>Move lane “%1”</source>
        <translation>移动泳道“%1”</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/keyboard.py" line="275"/>
        <source>Change emotion score in “%1”</source>
        <translation>更改“%1”中的情感分数</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/keyboard.py" line="298"/>
        <source>Move emotion point in “%1”</source>
        <translation>移动“%1”中的情感点</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/point_drag.py" line="96"/>
        <source>Move emotion point to %1 in “%2”</source>
        <translation>将情感点移到“%2”的 %1</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/stage_resize.py" line="45"/>
        <source>Resize stage “%1”</source>
        <extracomment>How near (in scene units at 100 %) the edge the mouse must be to grab it.</extracomment>
        <translation>调整阶段“%1”的宽度</translation>
    </message>
    <message>
        <location filename="../../canvas/items/hidden_cards.py" line="42"/>
        <source>No cards</source>
        <translation>没有卡片</translation>
    </message>
    <message numerus="yes">
        <location filename="../../canvas/items/hidden_cards.py" line="43"/>
        <source>Cards hidden: %n</source>
        <translation>
            <numerusform>已隐藏卡片：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardStructureFields</name>
    <message>
        <location filename="../../app/step_fields.py" line="137"/>
        <source>S&amp;pans</source>
        <translation>跨列(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/step_fields.py" line="138"/>
        <source>Mo&amp;ment of truth</source>
        <translation>关键时刻(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/step_fields.py" line="139"/>
        <source> column(s)</source>
        <translation> 列</translation>
    </message>
    <message>
        <location filename="../../app/step_fields.py" line="141"/>
        <source>How many adjacent steps or stages of its lane the card covers</source>
        <translation>卡片在本泳道中横跨多少个相邻的步骤或阶段</translation>
    </message>
    <message>
        <location filename="../../app/step_fields.py" line="143"/>
        <source>A moment that decides the journey</source>
        <translation>决定整段旅程成败的时刻</translation>
    </message>
</context>
<context>
    <name>ChannelDock</name>
    <message>
        <location filename="../../app/channel_dock.py" line="150"/>
        <source>Channels by stage — {journey}</source>
        <translation>各阶段的渠道 — {journey}</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="151"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="152"/>
        <source>≠ others {diff} (p = {p})</source>
        <translation>与其他渠道差 {diff}（p = {p}）</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="154"/>
        <source>After a channel switch: mean {after_switch} (n = {n_switch}); where the channel stays: {after_stay} (n = {n_stay}).</source>
        <translation>换渠道之后：平均 {after_switch}（n = {n_switch}）；渠道不变：{after_stay}（n = {n_stay}）。</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="158"/>
        <source>Difference {diff}, Welch&apos;s test p = {p}. Arrows: the switches that lower the score most (change, n respondents).</source>
        <translation>相差 {diff}，Welch 检验 p = {p}。箭头：使评分下降最多的换渠道（变化，n 位受访者）。</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="162"/>
        <source>No respondent answered at two consecutive stages: no channel switches to count.</source>
        <translation>没有受访者在相邻两个阶段都有回答，无法统计换渠道。</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="165"/>
        <source>No channel scores apart from the other channels of its stage (Welch, p &lt; 0.05).</source>
        <translation>各阶段没有与其他渠道显著不同的渠道（Welch 检验，p &lt; 0.05）。</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="168"/>
        <source>Cells: mean emotion score (−2..+2) and n responses; red border: scores apart from the stage&apos;s other channels (Welch, p &lt; 0.05).</source>
        <translation>单元格：平均情感分（−2..+2）与回答数 n；红框：与本阶段其他渠道显著不同（Welch，p &lt; 0.05）。</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="172"/>
        <source>{switchers} of {respondents} respondents changed channel between consecutive stages ({switches} switches).</source>
        <translation>{respondents} 位受访者中有 {switchers} 位在相邻阶段换了渠道（共 {switches} 次）。</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="176"/>
        <source>Break: {from_channel} ({from_stage}) → {to_channel} ({to_stage}): {change}, n = {n}.</source>
        <translation>断点：{from_channel}（{from_stage}）→ {to_channel}（{to_stage}）：{change}，n = {n}。</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="182"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="183"/>
        <source>&amp;Channels</source>
        <translation>渠道视图(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="185"/>
        <source>Show the journey by channel: scores per stage, inconsistencies, switches</source>
        <translation>按渠道查看旅程：各阶段评分、不一致之处、换渠道</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="187"/>
        <source>Rename Channel…</source>
        <translation>重命名渠道…</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="188"/>
        <source>Add as Pain Point</source>
        <translation>添加为痛点</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="189"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="229"/>
        <source>All segments</source>
        <translation>全部客户分群</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="231"/>
        <source>All waves</source>
        <translation>全部调研批次</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="259"/>
        <source>No touchpoint card names a channel yet.</source>
        <translation>还没有接触点卡片填写渠道。</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="261"/>
        <source>Click a cell to select its touchpoint cards on the map.</source>
        <translation>点击单元格，在旅程图上选中它的接触点卡片。</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="268"/>
        <source>{channel} at {stage}: {n} touchpoint cards selected.</source>
        <translation>{stage}阶段的{channel}：已选中 {n} 张接触点卡片。</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="286"/>
        <source>Rename Channel</source>
        <translation>重命名渠道</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="287"/>
        <source>New name for “{name}” (choose another channel to merge the two):</source>
        <translation>“{name}”的新名称（选择另一个渠道即可合并两者）：</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="300"/>
        <source>Rename channel</source>
        <translation>重命名渠道</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="314"/>
        <source>Add pain point from channel</source>
        <translation>从渠道添加痛点</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="325"/>
        <location filename="../../app/channel_dock.py" line="341"/>
        <source>Export Channel View</source>
        <translation>导出渠道视图</translation>
    </message>
    <message>
        <location filename="../../app/channel_dock.py" line="327"/>
        <source>PDF page (*.pdf);;PNG image (*.png);;Excel workbook (*.xlsx)</source>
        <translation>PDF 页面 (*.pdf);;PNG 图片 (*.png);;Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CommentsDock</name>
    <message>
        <location filename="../../app/comments_dock.py" line="111"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../app/comments_dock.py" line="112"/>
        <source>&amp;Comments</source>
        <translation>评论(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/comments_dock.py" line="113"/>
        <source>Your name:</source>
        <translation>你的名字：</translation>
    </message>
    <message>
        <location filename="../../app/comments_dock.py" line="115"/>
        <source>Show resolved</source>
        <translation>显示已解决</translation>
    </message>
    <message>
        <location filename="../../app/comments_dock.py" line="116"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../app/comments_dock.py" line="117"/>
        <source>Comment on the selected card or point, or the stage</source>
        <translation>评论所选的卡片或情感点，或当前阶段</translation>
    </message>
    <message>
        <location filename="../../app/comments_dock.py" line="118"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/comments_dock.py" line="139"/>
        <source>On “%1” — %2, %3</source>
        <translation>关于“%1” — %2，%3</translation>
    </message>
    <message>
        <location filename="../../app/comments_dock.py" line="145"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../app/comments_dock.py" line="167"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../app/comments_dock.py" line="167"/>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../app/comments_dock.py" line="192"/>
        <source>Select a card, a point, a stage or a lane to comment on.</source>
        <translation>请先选择要评论的卡片、情感点、阶段或泳道。</translation>
    </message>
    <message>
        <location filename="../../app/comments_dock.py" line="200"/>
        <source>Add Comment</source>
        <translation>添加评论</translation>
    </message>
    <message>
        <location filename="../../app/comments_dock.py" line="200"/>
        <source>Comment on “%1”:</source>
        <translation>评论“%1”：</translation>
    </message>
    <message>
        <location filename="../../app/comments_dock.py" line="213"/>
        <source>Comment on “%1”</source>
        <translation>评论“%1”</translation>
    </message>
    <message>
        <location filename="../../app/comments_dock.py" line="225"/>
        <source>Resolve comment</source>
        <translation>解决评论</translation>
    </message>
    <message>
        <location filename="../../app/comments_dock.py" line="225"/>
        <source>Reopen comment</source>
        <translation>重新打开评论</translation>
    </message>
    <message>
        <location filename="../../app/comments_dock.py" line="237"/>
        <source>Delete comment</source>
        <translation>删除评论</translation>
    </message>
</context>
<context>
    <name>CurvesDock</name>
    <message>
        <location filename="../../app/curves_dock.py" line="127"/>
        <source>Rename curve</source>
        <translation>重命名曲线</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="141"/>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="142"/>
        <source>&amp;Curves</source>
        <translation>曲线(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="143"/>
        <source>Add a curve</source>
        <translation>添加曲线</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="144"/>
        <source>Remove this curve and its points</source>
        <translation>删除此曲线及其点</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="145"/>
        <source>Move the curve up</source>
        <translation>上移曲线</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="146"/>
        <source>Move the curve down</source>
        <translation>下移曲线</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="147"/>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="148"/>
        <source>Compare (first minus second, per stage):</source>
        <translation>对比（前者减后者，按阶段）：</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="151"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="151"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="151"/>
        <source>Line</source>
        <translation>线型</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="151"/>
        <source>Persona</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="156"/>
        <source>As-is</source>
        <translation>现状</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="157"/>
        <source>To-be</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="158"/>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="159"/>
        <source>Free</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="164"/>
        <source>Solid</source>
        <translation>实线</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="165"/>
        <source>Dashed</source>
        <translation>虚线</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="166"/>
        <source>Dotted</source>
        <translation>点线</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="167"/>
        <source>Dash-dot</source>
        <translation>点划线</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="168"/>
        <source>Long dashes</source>
        <translation>长虚线</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="169"/>
        <source>Dash-dot-dot</source>
        <translation>双点划线</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="194"/>
        <source>from data</source>
        <translation>来自数据</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="211"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="213"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="239"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="225"/>
        <source>Pick two curves to see their difference.</source>
        <translation>选择两条曲线查看它们的差值。</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="244"/>
        <source>The rest (not %1)</source>
        <translation>其余回答（非 %1）</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="261"/>
        <source>Compare curves</source>
        <translation>对比曲线</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="297"/>
        <source>Show curve</source>
        <translation>显示曲线</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="297"/>
        <source>Hide curve</source>
        <translation>隐藏曲线</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="314"/>
        <source>Change curve kind</source>
        <translation>更改曲线类型</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="318"/>
        <source>Change curve line</source>
        <translation>更改曲线线型</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="322"/>
        <source>Change curve persona</source>
        <translation>更改曲线的客户画像</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="327"/>
        <source>Curve %1</source>
        <translation>曲线 %1</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="329"/>
        <source>Add curve</source>
        <translation>添加曲线</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="341"/>
        <source>Remove curve</source>
        <translation>删除曲线</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="353"/>
        <source>Reorder curves</source>
        <translation>调整曲线顺序</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="357"/>
        <source>Recolour curve</source>
        <translation>更改曲线颜色</translation>
    </message>
    <message>
        <location filename="../../app/curves_dock.py" line="363"/>
        <source>Curve colour</source>
        <translation>曲线颜色</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../app/edit_actions.py" line="269"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="270"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="182"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="182"/>
        <source>Move the selected cards to the clipboard</source>
        <translation>把所选卡片移到剪贴板</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="183"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="183"/>
        <source>Copy the selected cards</source>
        <translation>复制所选卡片</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="184"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="184"/>
        <source>Paste cards into the current cell</source>
        <translation>把卡片粘贴到当前单元格</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="185"/>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="185"/>
        <source>Copy the selected cards in place</source>
        <translation>在原位置复制所选卡片</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="186"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="186"/>
        <source>Delete the selected cards and points</source>
        <translation>删除所选卡片和情感点</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="187"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="187"/>
        <source>Select every card</source>
        <translation>选择所有卡片</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="188"/>
        <source>&amp;Edit Text</source>
        <translation>编辑文字(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="188"/>
        <source>Type the text of the selection</source>
        <translation>输入所选对象的文字</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="190"/>
        <source>Edit Card &amp;Body</source>
        <translation>编辑卡片正文(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="191"/>
        <source>Type the body text of the selected card</source>
        <translation>输入所选卡片的正文</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="193"/>
        <source>&amp;Next Card</source>
        <translation>下一张卡片(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="193"/>
        <source>Select the next card</source>
        <translation>选择下一张卡片</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="194"/>
        <source>P&amp;revious Card</source>
        <translation>上一张卡片(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="194"/>
        <source>Select the previous card</source>
        <translation>选择上一张卡片</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="196"/>
        <source>Next &amp;Link of the Card</source>
        <translation>卡片的下一条连线(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="197"/>
        <source>Select the next link from or to the selected card</source>
        <translation>选中与所选卡片相连的下一条连线</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="200"/>
        <source>Previous Link of the Card</source>
        <translation>卡片的上一条连线</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="201"/>
        <source>Select the previous link from or to the selected card</source>
        <translation>选中与所选卡片相连的上一条连线</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="203"/>
        <source>Card &amp;Colour…</source>
        <translation>卡片颜色(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="203"/>
        <source>Fill the selected cards</source>
        <translation>填充所选卡片</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="204"/>
        <source>Add &amp;Card</source>
        <translation>添加卡片(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="204"/>
        <source>Add a card to the current cell</source>
        <translation>在当前单元格中添加卡片</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="205"/>
        <source>Add &amp;Stage</source>
        <translation>添加阶段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="205"/>
        <source>Add a stage after the current one</source>
        <translation>在当前阶段之后添加阶段</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="207"/>
        <source>Add Stage &amp;Before</source>
        <translation>在前面添加阶段(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="208"/>
        <source>Add a stage before this one</source>
        <translation>在此阶段之前添加一个阶段</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="211"/>
        <source>Add Stage &amp;After</source>
        <translation>在后面添加阶段(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="212"/>
        <source>Add a stage after this one</source>
        <translation>在此阶段之后添加一个阶段</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="214"/>
        <source>&amp;Rename Stage</source>
        <translation>重命名阶段(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="214"/>
        <source>Type a new name for the stage</source>
        <translation>输入阶段的新名称</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="215"/>
        <source>Re&amp;name Lane</source>
        <translation>重命名泳道(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="215"/>
        <source>Type a new name for the lane</source>
        <translation>输入泳道的新名称</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="217"/>
        <source>Stage &amp;Description…</source>
        <translation>阶段描述(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="218"/>
        <source>Write what happens in the current stage</source>
        <translation>描述当前阶段中发生的事</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="220"/>
        <source>Delete S&amp;tage</source>
        <translation>删除阶段(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="220"/>
        <source>Delete the current stage</source>
        <translation>删除当前阶段</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="221"/>
        <source>Delete L&amp;ane</source>
        <translation>删除泳道(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="221"/>
        <source>Delete the current lane</source>
        <translation>删除当前泳道</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="223"/>
        <source>C&amp;ollapse/Expand Lane</source>
        <translation>折叠/展开泳道(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="224"/>
        <source>Fold the current lane to one line, or open it again</source>
        <translation>把当前泳道折叠成一行，或重新展开</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="227"/>
        <source>Add Emotion &amp;Point</source>
        <translation>添加情感点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="228"/>
        <source>Add a point to the emotion curve in the current stage</source>
        <translation>在当前阶段的情感曲线上添加一个点</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="231"/>
        <source>Delete Emotion &amp;Point</source>
        <translation>删除情感点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="232"/>
        <source>Delete the selected emotion points</source>
        <translation>删除所选情感点</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="235"/>
        <source>Add Ste&amp;p</source>
        <translation>添加步骤(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="236"/>
        <source>Add a step to the current stage, after the current step</source>
        <translation>在当前阶段的当前步骤之后添加一个步骤</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="239"/>
        <source>Delete Step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="240"/>
        <source>Delete the current step; its cards move to the step beside it</source>
        <translation>删除当前步骤；其中的卡片移到相邻的步骤</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="243"/>
        <source>Moment of &amp;Truth</source>
        <translation>关键时刻(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="244"/>
        <source>Mark the selected cards or the current step as a moment of truth</source>
        <translation>将选中的卡片或当前步骤标为关键时刻</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="251"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="252"/>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="253"/>
        <source>Add &amp;Lane</source>
        <translation>添加泳道(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="256"/>
        <source>Edit Toolbar</source>
        <translation>编辑工具栏</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="269"/>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="269"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="270"/>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="270"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="277"/>
        <source>Actions</source>
        <translation>行为</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="278"/>
        <source>Touchpoints</source>
        <translation>接触点</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="279"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="280"/>
        <source>Thoughts</source>
        <translation>想法</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="281"/>
        <source>Emotions</source>
        <translation>情感</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="282"/>
        <source>Pain Points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="283"/>
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="284"/>
        <source>Needs and Expectations</source>
        <translation>需求与期望</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="285"/>
        <source>Owners</source>
        <translation>负责部门</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="286"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="287"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="288"/>
        <source>Frontstage Actions</source>
        <translation>前台行为</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="289"/>
        <source>Backstage Actions</source>
        <translation>后台行为</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="290"/>
        <source>Support Processes</source>
        <translation>支持流程</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="291"/>
        <source>Physical Evidence</source>
        <translation>有形展示</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="292"/>
        <source>Triggers</source>
        <translation>触发规则</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="293"/>
        <source>Storyboard</source>
        <translation>故事板</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="329"/>
        <source>Duplicate card “%1”</source>
        <translation>复制卡片“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edit_actions.py" line="329"/>
        <source>Duplicate %n cards</source>
        <translation>
            <numerusform>复制 %n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="346"/>
        <source>Delete card “%1”</source>
        <translation>删除卡片“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edit_actions.py" line="346"/>
        <source>Delete %n cards</source>
        <translation>
            <numerusform>删除 %n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="370"/>
        <source>Delete emotion point</source>
        <translation>删除情感点</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edit_actions.py" line="371"/>
        <source>Delete %n emotion points</source>
        <translation>
            <numerusform>删除 %n 个情感点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="461"/>
        <source>Stage Description</source>
        <translation>阶段描述</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="462"/>
        <source>What happens in “%1”:</source>
        <translation>“%1”中发生了什么：</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="469"/>
        <source>Describe stage “%1”</source>
        <translation>描述阶段“%1”</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="490"/>
        <source>Colour card “%1”</source>
        <translation>为卡片“%1”着色</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edit_actions.py" line="490"/>
        <source>Colour %n cards</source>
        <translation>
            <numerusform>为 %n 张卡片着色</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="571"/>
        <source>Delete stage “%1”</source>
        <translation>删除阶段“%1”</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="581"/>
        <source>Delete lane “%1”</source>
        <translation>删除泳道“%1”</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="592"/>
        <source>Expand lane “%1”</source>
        <translation>展开泳道“%1”</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="592"/>
        <source>Collapse lane “%1”</source>
        <translation>折叠泳道“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edit_actions.py" line="350"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>删除 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="483"/>
        <source>Card Colour</source>
        <translation>卡片颜色</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="536"/>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="540"/>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="558"/>
        <source>Add lane</source>
        <translation>添加泳道</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="611"/>
        <source>New step</source>
        <translation>新步骤</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="615"/>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="627"/>
        <source>Delete step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="642"/>
        <location filename="../../app/edit_actions.py" line="646"/>
        <source>Moment of truth</source>
        <translation>关键时刻</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <location filename="../../app/evidence_table.py" line="323"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../app/evidence_table.py" line="324"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/evidence_table.py" line="326"/>
        <source>All columns</source>
        <translation>所有列</translation>
    </message>
    <message>
        <location filename="../../app/evidence_table.py" line="327"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../app/evidence_table.py" line="328"/>
        <source>Respondent</source>
        <translation>受访者</translation>
    </message>
    <message>
        <location filename="../../app/evidence_table.py" line="329"/>
        <source>Wave</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../app/evidence_table.py" line="330"/>
        <source>Segment</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../app/evidence_table.py" line="338"/>
        <source>Filter, e.g. P12, or &lt;0 for scores</source>
        <translation>筛选，例如 P12，或用 &lt;0 筛选分数</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../app/export_dialog.py" line="855"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="856"/>
        <source>Export a poster, image or data file</source>
        <translation>导出海报、图片或数据文件</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="857"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="858"/>
        <source>Print the map on one page</source>
        <translation>把地图打印在一页上</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/export_dialog.py" line="214"/>
        <location filename="../../app/export_dialog.py" line="397"/>
        <source>Export</source>
        <extracomment>The improvement exports and the file suffix each writes (the others: their own name). The scale choices: fit the map to the printable area, or draw it at a percentage. Percentages the dialog offers: the 0.01–20 scale that ExportOptions accepts. The last choices, one key each (strings, so every QSettings backend agrees).</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="227"/>
        <source>PDF poster (vector)</source>
        <translation>PDF 海报（矢量）</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="228"/>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="229"/>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="230"/>
        <source>Excel workbook (xlsx)</source>
        <translation>Excel 工作簿（xlsx）</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="231"/>
        <source>Mermaid journey (mmd)</source>
        <translation>Mermaid 旅程图（mmd）</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="232"/>
        <source>Action plan (xlsx)</source>
        <translation>行动计划（xlsx）</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="233"/>
        <source>Action plan and priority matrix (PDF)</source>
        <translation>行动计划与优先级矩阵（PDF）</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="234"/>
        <source>Priority matrix (PNG)</source>
        <translation>优先级矩阵（PNG）</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="240"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="249"/>
        <source>Custom size</source>
        <translation>自定义尺寸</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="257"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="258"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="259"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="266"/>
        <source>Fit to page</source>
        <translation>适应页面</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="267"/>
        <source>Percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="275"/>
        <source>Tile onto smaller sheets</source>
        <translation>拼贴到较小的纸张上</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="280"/>
        <source>Fit to</source>
        <translation>适合</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="286"/>
        <source>Sheets across</source>
        <translation>横向张数</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="287"/>
        <source>Sheets down</source>
        <translation>纵向张数</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="293"/>
        <source>sheets (across × down)</source>
        <translation>张（横 × 纵）</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="298"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="300"/>
        <source>Bleed and crop marks for a print shop; the paper size stays the trim size.</source>
        <translation>为印刷厂加出血和裁切标记；纸张尺寸即成品裁切尺寸。</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="306"/>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="307"/>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="310"/>
        <source>Whole map</source>
        <translation>整张地图</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="314"/>
        <source>Export the map as one of its saved views shows it (View &gt; Saved Views)</source>
        <translation>按已保存的某个视图所显示的内容导出地图（视图 &gt; 已保存的视图）</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="317"/>
        <source>Include comments</source>
        <translation>包含评论</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="320"/>
        <source>Number each comment on the map and list them under it (PDF, PNG and SVG). A view that hides comments leaves them out.</source>
        <translation>在地图上为每条评论编号，并在地图下方列出（PDF、PNG 和 SVG）。隐藏评论的视图不会包含评论。</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="326"/>
        <source>Include unaccepted suggestions</source>
        <translation>包含未采纳的建议</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="330"/>
        <source>Also draw the cards an import suggested and nobody accepted yet, with their red border (PDF, PNG and SVG)</source>
        <translation>同时绘制导入时建议、尚未被采纳的卡片，带红色边框（PDF、PNG 和 SVG）</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="346"/>
        <source>One page</source>
        <translation>一页</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="347"/>
        <source> stages per page</source>
        <translation> 个阶段一页</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="349"/>
        <source>Add the priority matrix and action plan pages</source>
        <translation>附加优先级矩阵和行动计划页</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="359"/>
        <source>Your name or your client&apos;s (optional)</source>
        <translation>您或客户的名称（可选）</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="361"/>
        <source>Written as the PDF&apos;s and the workbook&apos;s author; never your login name.</source>
        <translation>写入 PDF 和工作簿的作者；从不使用您的登录名。</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="365"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="366"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="367"/>
        <source>View:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="370"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="371"/>
        <source>Custom size:</source>
        <translation>自定义尺寸：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="372"/>
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="373"/>
        <source>Margin:</source>
        <translation>页边距：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="374"/>
        <source>Scale:</source>
        <translation>比例：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="376"/>
        <source>Sheets:</source>
        <translation>纸张数：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="378"/>
        <source>Overlap:</source>
        <translation>重叠：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="379"/>
        <source>Bleed:</source>
        <translation>出血：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="380"/>
        <source>Split:</source>
        <translation>分页：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="382"/>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="387"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="388"/>
        <source>From paper and resolution</source>
        <translation>按纸张和分辨率</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="390"/>
        <source>Pixel width:</source>
        <translation>像素宽度：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="391"/>
        <source>Background:</source>
        <translation>背景：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="392"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="393"/>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="653"/>
        <source>The bundled fonts have no glyph for %1; the poster shows %2 in their place.</source>
        <translation>内置字体没有以下字符的字形：%1；海报上以 %2 代替。</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="666"/>
        <source>Warning: the smallest text prints at %1 pt, too small to read (under %2 pt). Choose a bigger paper, tile the poster onto sheets, or split it into pages of fewer stages.</source>
        <translation>注意：最小的文字印出来只有 %1 pt，小于 %2 pt，看不清。请选更大的纸张、把海报拼贴到多张纸上，或按阶段分成多页。</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="679"/>
        <source>%1 sheets of %2 (%3 rows × %4 columns) and an assembly page.</source>
        <translation>%1 张 %2 纸（%3 行 × %4 列），另加一页拼接示意。</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="688"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 毫米</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="694"/>
        <location filename="../../app/export_dialog.py" line="700"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="711"/>
        <source>Map fitted at %1 %</source>
        <translation>地图缩放至 %1 % 以适应页面</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="712"/>
        <source>Map at %1 %</source>
        <translation>地图比例 %1 %</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="718"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="719"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="720"/>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="721"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="722"/>
        <source>Mermaid (*.mmd)</source>
        <translation>Mermaid (*.mmd)</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="726"/>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="744"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="744"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="760"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="785"/>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="786"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="795"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="796"/>
        <source>Saved %1. Open the folder?</source>
        <translation>已保存 %1。打开所在文件夹吗？</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../../app/history_dock.py" line="24"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../app/history_dock.py" line="25"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/history_dock.py" line="26"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../app/import_action.py" line="72"/>
        <source>&amp;Import Spreadsheet…</source>
        <translation>导入表格(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/import_action.py" line="74"/>
        <source>Add interview or survey answers (xlsx, xls, ods, csv) to this journey</source>
        <translation>把访谈或问卷的回答（xlsx、xls、ods、csv）加入本旅程</translation>
    </message>
    <message>
        <location filename="../../app/import_action.py" line="76"/>
        <source>&amp;Waves…</source>
        <translation>调研批次(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/import_action.py" line="78"/>
        <source>Each touchpoint&apos;s mean score wave by wave, and the latest change</source>
        <translation>各接触点逐批次的平均分及最新变化</translation>
    </message>
    <message>
        <location filename="../../app/import_action.py" line="80"/>
        <source>Im&amp;ports…</source>
        <translation>导入记录(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/import_action.py" line="82"/>
        <source>The spreadsheets imported into this journey; remove one</source>
        <translation>导入到此旅程的表格；可移除其中一次导入</translation>
    </message>
    <message>
        <location filename="../../app/import_action.py" line="113"/>
        <source>Import Spreadsheet</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <location filename="../../app/import_action.py" line="115"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/import_action.py" line="152"/>
        <source>Import KPIs from %1</source>
        <translation>从 %1 导入 KPI</translation>
    </message>
    <message>
        <location filename="../../app/import_action.py" line="158"/>
        <source>Added %1 measurements to %2 KPIs from %3</source>
        <translation>已从 %3 向 %2 个 KPI 添加 %1 条测量值</translation>
    </message>
    <message>
        <location filename="../../app/import_action.py" line="169"/>
        <source>Import KPIs</source>
        <translation>导入 KPI</translation>
    </message>
    <message>
        <location filename="../../app/import_action.py" line="178"/>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/import_dialog.py" line="90"/>
        <source>File:</source>
        <extracomment>the progress dialog of a running import (tests press its Cancel) emitted after the import was pushed onto the undo stack the workbook when the caller read it already (File &gt; Import looks for KPIs first)</extracomment>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="91"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="92"/>
        <source>Scale:</source>
        <translation>比例：</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="93"/>
        <source>Wave:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="94"/>
        <source>Segments:</source>
        <translation>客户分群：</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="96"/>
        <source>Replace what an earlier import of this source added</source>
        <translation>替换此来源以前导入的内容</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="100"/>
        <source>Every import is a survey wave; the map compares the latest with the one before</source>
        <translation>每次导入是一个调研批次；地图将最新批次与上一批次比较</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="109"/>
        <source>Import Spreadsheet — %1</source>
        <translation>导入表格 — %1</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="110"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="113"/>
        <source>Detect from headers and answers</source>
        <translation>根据表头和回答自动识别</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="190"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="287"/>
        <source>Interview sheet (one row per answer)</source>
        <translation>访谈表（每行一个回答）</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="289"/>
        <source>Survey export (one row per respondent)</source>
        <translation>问卷导出（每行一位受访者）</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="293"/>
        <source>%1 · responses: %2 · touchpoints: %3 · stages: %4 · scale: %5</source>
        <translation>%1 · 回答：%2 · 接触点：%3 · 阶段：%4 · 量表：%5</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="303"/>
        <source>The words of %1 free-text columns become the evidence text of the scores.</source>
        <translation>%1 个开放题的回答将作为评分的证据文字。</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="307"/>
        <source>no stage or touchpoint</source>
        <translation>没有阶段或接触点</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="308"/>
        <source>no score and no comment</source>
        <translation>没有分数也没有评论</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="309"/>
        <source>no answer</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="310"/>
        <source>free text but no score</source>
        <translation>有文字但无评分</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="311"/>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="316"/>
        <source>Skipped %1 rows (%2): %3</source>
        <translation>跳过了 %1 行（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="323"/>
        <source>Segments from the column %1</source>
        <translation>客户分群取自列 %1</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="328"/>
        <source>%1 rows already in the journey were skipped, %2 new</source>
        <translation>已跳过旅程中已有的 %1 行，新增 %2 行</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="333"/>
        <source>Every row is already in the journey: nothing new to import.</source>
        <translation>所有行都已在旅程中：没有新内容可导入。</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="336"/>
        <source>This import creates what is listed above; choose an existing one instead</source>
        <translation>此次导入将新建上面列出的项；也可改为使用已有的</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="340"/>
        <source>Using the column roles you chose for a sheet with these columns.</source>
        <translation>沿用你为具有相同列的表格选择的列角色。</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="353"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="358"/>
        <source>Importing Spreadsheet</source>
        <translation>正在导入表格</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="362"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="381"/>
        <source>Import cancelled; the journey was not changed.</source>
        <translation>导入已取消，旅程没有改变。</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="389"/>
        <source>The journey changed while importing; import again.</source>
        <translation>导入期间旅程发生了变化，请重新导入。</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="395"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../app/import_preview.py" line="48"/>
        <source>Stage</source>
        <extracomment>Sheet rows shown under the role boxes. (column index, role) when the user picks a role (column index, stage, touchpoint) when the user sends a question elsewhere (column index, (stage, touchpoint) or None) when the user sends a free-text column&apos;s words to one touchpoint, or with every score of the respondent (None) a channel question&apos;s answers are the channel of (stage, touchpoint; &quot;&quot; = the stage)</extracomment>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="49"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="50"/>
        <source>Touchpoint</source>
        <translation>接触点</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="51"/>
        <source>Touchpoint no.</source>
        <translation>接触点编号</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="52"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="53"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="54"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="55"/>
        <source>Respondent</source>
        <translation>受访者</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="56"/>
        <source>Question (survey)</source>
        <translation>问题（问卷）</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="57"/>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="80"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="80"/>
        <source>Goes to</source>
        <translation>归入</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="126"/>
        <source>Recognised from the header</source>
        <translation>根据表头识别</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="127"/>
        <source>Recognised from the answers</source>
        <translation>根据回答识别</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="128"/>
        <source>Survey metadata (dates, IP addresses, durations): never a score</source>
        <translation>问卷元数据（日期、IP 地址、用时）：不作为分数</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="129"/>
        <source>A free-text question, recognised from its id, words or answers</source>
        <translation>开放题：根据题号、题目用词或回答识别</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="130"/>
        <source>Chosen by you</source>
        <translation>由你选择</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="141"/>
        <source>The stage of each row</source>
        <translation>每行的阶段</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="142"/>
        <source>The touchpoint of each row</source>
        <translation>每行的接触点</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="143"/>
        <source>That touchpoint&apos;s channel</source>
        <translation>该接触点的渠道</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="144"/>
        <location filename="../../app/import_preview.py" line="145"/>
        <source>The row&apos;s stage and touchpoint</source>
        <translation>该行的阶段和接触点</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="146"/>
        <source>Counts who answered</source>
        <translation>统计答题人</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="162"/>
        <source>The stage and touchpoint this question&apos;s answers go to</source>
        <translation>该问题的回答归入的阶段和接触点</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="187"/>
        <source>Channel of every score at %1</source>
        <translation>%1 阶段所有评分的渠道</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="189"/>
        <source>Channel of %1</source>
        <translation>%1 的渠道</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="193"/>
        <source>Whose scores this question&apos;s answer is the channel of</source>
        <translation>本题的回答是哪些评分所用的渠道</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="204"/>
        <source>With every score of the respondent</source>
        <translation>附在该受访者的每个评分上</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="208"/>
        <source>Only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="212"/>
        <source>Where the respondents&apos; words in this column go</source>
        <translation>此列中受访者的原话归入何处</translation>
    </message>
</context>
<context>
    <name>ImportProposals</name>
    <message>
        <location filename="../../app/import_proposals.py" line="44"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../app/import_proposals.py" line="44"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/import_proposals.py" line="44"/>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../app/import_proposals.py" line="55"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/import_proposals.py" line="56"/>
        <source>Create the stage &apos;%1&apos;</source>
        <translation>新建阶段“%1”</translation>
    </message>
    <message>
        <location filename="../../app/import_proposals.py" line="58"/>
        <source>Add to the stage &apos;%1&apos;</source>
        <translation>并入阶段“%1”</translation>
    </message>
    <message>
        <location filename="../../app/import_proposals.py" line="64"/>
        <source>Touchpoint</source>
        <translation>接触点</translation>
    </message>
    <message>
        <location filename="../../app/import_proposals.py" line="65"/>
        <source>Create the touchpoint &apos;%1&apos;</source>
        <translation>新建接触点“%1”</translation>
    </message>
    <message>
        <location filename="../../app/import_proposals.py" line="69"/>
        <source>Add to the touchpoint &apos;%1&apos;</source>
        <translation>并入接触点“%1”</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <location filename="../../app/imports_dialog.py" line="49"/>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../app/imports_dialog.py" line="50"/>
        <source>Remove Import</source>
        <translation>移除导入</translation>
    </message>
    <message>
        <location filename="../../app/imports_dialog.py" line="60"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/imports_dialog.py" line="61"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../app/imports_dialog.py" line="62"/>
        <source>Wave</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../app/imports_dialog.py" line="63"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/imports_dialog.py" line="64"/>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <location filename="../../app/imports_dialog.py" line="65"/>
        <source>Rows already there</source>
        <translation>已有的行</translation>
    </message>
    <message>
        <location filename="../../app/imports_dialog.py" line="96"/>
        <source>Remove Import %1</source>
        <translation>移除导入 %1</translation>
    </message>
</context>
<context>
    <name>ImprovementEditor</name>
    <message>
        <location filename="../../app/improvement_editor.py" line="180"/>
        <source>Improvement</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="181"/>
        <source>This opportunity is an improvement the team acts on</source>
        <translation>此机会点是团队要落实的改进措施</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="183"/>
        <source>Idea</source>
        <translation>想法</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="184"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="185"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="186"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="187"/>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="194"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="195"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="196"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="197"/>
        <source>Customer value (0–100)</source>
        <translation>客户价值（0–100）</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="198"/>
        <source>Business value (0–100)</source>
        <translation>业务价值（0–100）</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="199"/>
        <source>Effort (1–5)</source>
        <translation>工作量（1–5）</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="200"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="201"/>
        <source>Pains it answers</source>
        <translation>对应痛点</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="202"/>
        <source>Evidence it answers</source>
        <translation>对应的证据</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="203"/>
        <source>KPIs it should move</source>
        <translation>应推动的 KPI</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="204"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="205"/>
        <source>Before / after</source>
        <translation>前后对比</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="206"/>
        <source>KPI change</source>
        <translation>KPI 变化</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="207"/>
        <source>A/B measure</source>
        <translation>A/B 衡量方式</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="208"/>
        <location filename="../../app/improvement_editor.py" line="209"/>
        <source>A/B test</source>
        <translation>A/B 测试</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="210"/>
        <source>Winner</source>
        <translation>胜出方案</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="211"/>
        <source>A/B result</source>
        <translation>A/B 结果</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="217"/>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="218"/>
        <location filename="../../app/improvement_editor.py" line="233"/>
        <source>Variant</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="218"/>
        <source>Visitors</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="218"/>
        <source>Conversions</source>
        <translation>转化数</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="221"/>
        <source>The first variant is the control; each other one is compared with it by the two-proportion z-test (* p &lt; 0.05). Lift = its rate ÷ the control&apos;s − 1.</source>
        <translation>第一个方案为对照组；其他方案用双比例 z 检验与之比较（* 表示 p &lt; 0.05）。提升 = 其转化率 ÷ 对照组转化率 − 1。</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="227"/>
        <source>Conversions (two-proportion z-test)</source>
        <translation>转化（两比例 z 检验）</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="230"/>
        <source>Mean scores (Welch&apos;s t-test)</source>
        <translation>平均分（Welch t 检验）</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="233"/>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="233"/>
        <source>SD</source>
        <translation>标准差</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="233"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="233"/>
        <source>Scores</source>
        <translation>原始分数</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="237"/>
        <source>The first variant is the control. Type each variant&apos;s mean, standard deviation and n, or its raw scores separated by commas (then those count); Welch&apos;s t-test compares each with the control (* p &lt; 0.05).</source>
        <translation>第一个方案为对照组。请填写每个方案的平均值、标准差和样本数 n，或用逗号分隔的原始分数（填了就以原始分数为准）；Welch t 检验将每个方案与对照组比较（* p &lt; 0.05）。</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="269"/>
        <source>not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="271"/>
        <source>%1  (priority = (customer value + business value) / 2 ÷ effort)</source>
        <translation>%1（优先级 =（客户价值 + 业务价值）/ 2 ÷ 工作量）</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="281"/>
        <location filename="../../app/improvement_editor.py" line="306"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="324"/>
        <source>%1: %2 (n %3 → %4, Welch p %5)</source>
        <translation>%1：%2（n %3 → %4，Welch p %5）</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="334"/>
        <source>Mark it done with a date, and link touchpoints whose waves are dated, to see their scores before and after.</source>
        <translation>标记为已完成并填写日期，再关联带日期批次的接触点，即可看到改进前后的得分。</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="347"/>
        <source>%1: no measurement yet on both sides</source>
        <translation>%1：前后尚无测量值</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="351"/>
        <source>unchanged</source>
        <translation>持平</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="353"/>
        <source>better</source>
        <translation>改善</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="355"/>
        <source>worse</source>
        <translation>变差</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="358"/>
        <source>%1: %2 → %3 (%4, %5 is better)</source>
        <translation>%1：%2 → %3（%4，越%5越好）</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="365"/>
        <source>higher</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="367"/>
        <source>lower</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="371"/>
        <source>Tick the KPIs this improvement should move to see their change.</source>
        <translation>勾选此改进应推动的 KPI，即可看到它们的变化。</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="405"/>
        <source>significant</source>
        <translation>显著</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="405"/>
        <source>not significant</source>
        <translation>不显著</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="408"/>
        <source>%1: difference %2, lift %3, Welch t %4, p %5 (%6)</source>
        <translation>%1：差值 %2，提升 %3，Welch t %4，p %5（%6）</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="418"/>
        <source>%1: lift %2, z %3, p %4 (%5)</source>
        <translation>%1：提升 %2，z %3，p %4（%5）</translation>
    </message>
    <message>
        <location filename="../../app/improvement_editor.py" line="425"/>
        <source>Add a control and a variant.</source>
        <translation>请添加对照组和一个方案。</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../../app/inspector_dock.py" line="286"/>
        <source>Inspector</source>
        <extracomment>Evidence columns: quote, the answer as given (on its scale), score, where it came from.</extracomment>
        <translation>检查器</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="287"/>
        <source>&amp;Inspector</source>
        <translation>检查器(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="289"/>
        <source>Select a card, an emotion point, a link or a step header to see its details.</source>
        <translation>选择一张卡片、一个情绪点、一条连线或一个步骤标题以查看详情。</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="292"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="293"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="294"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="295"/>
        <source>Owner</source>
        <translation>负责部门</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="296"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="298"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="299"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="303"/>
        <source>Use Lane Colour</source>
        <translation>使用泳道颜色</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="304"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="305"/>
        <source>Icon</source>
        <translation>图标</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="306"/>
        <source>Choose Picture…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="307"/>
        <source>Remove Picture</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="308"/>
        <source>Paste Picture</source>
        <translation>粘贴图片</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="310"/>
        <source>Put the picture on the clipboard (a screenshot) on the card.</source>
        <translation>把剪贴板里的图片（如截图）放到卡片上。</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="312"/>
        <source>Accept Suggestion</source>
        <translation>采纳建议</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="314"/>
        <source>Suggested by an import: check it, then accept it or delete the card.</source>
        <translation>由导入生成的建议：请核对后采纳，或删除这张卡片。</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="317"/>
        <source>Quote</source>
        <translation>原话</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="317"/>
        <source>Answer</source>
        <translation>原始回答</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="317"/>
        <location filename="../../app/inspector_dock.py" line="337"/>
        <source>Score (−2…+2)</source>
        <translation>分数（−2…+2）</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="317"/>
        <source>From</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="321"/>
        <source>Answer is what the respondent gave, on its own scale; typing a new answer rescores it. Score is on the map&apos;s −2…+2 range. From: respondent, file, sheet, row.</source>
        <translation>原始回答是受访者按原量表给出的答案，输入新的回答会重新计分。分数为地图的 −2…+2 范围。出处：受访者、文件、工作表、行。</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="326"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="326"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="337"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="337"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="415"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="470"/>
        <source>Lane colour</source>
        <translation>泳道颜色</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="505"/>
        <source>Edit card title</source>
        <translation>编辑卡片标题</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="506"/>
        <source>Edit card text</source>
        <translation>编辑卡片文字</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="507"/>
        <source>Edit channel</source>
        <translation>编辑渠道</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="508"/>
        <source>Edit owner</source>
        <translation>编辑负责部门</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="509"/>
        <source>Change card colour</source>
        <translation>更改卡片颜色</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="510"/>
        <source>Accept suggestion</source>
        <translation>采纳建议</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="511"/>
        <source>Edit evidence</source>
        <translation>编辑证据</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="512"/>
        <source>Edit metrics</source>
        <translation>编辑指标</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="513"/>
        <source>Change card picture</source>
        <translation>更改卡片图片</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="514"/>
        <source>Change channel icon</source>
        <translation>更改渠道图标</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="533"/>
        <source>Card Colour</source>
        <translation>卡片颜色</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="540"/>
        <source>Choose a Picture</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="542"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="552"/>
        <source>Cannot use this picture</source>
        <translation>无法使用这张图片</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="564"/>
        <source>Automatic (from the channel)</source>
        <translation>自动（按渠道）</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="565"/>
        <source>No icon</source>
        <translation>无图标</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="623"/>
        <source>Make improvement</source>
        <translation>设为改进措施</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="626"/>
        <source>Remove improvement</source>
        <translation>取消改进措施</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="630"/>
        <source>Change improvement status</source>
        <translation>更改改进状态</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="631"/>
        <source>Edit due date</source>
        <translation>编辑截止日期</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="632"/>
        <source>Edit done date</source>
        <translation>编辑完成日期</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="633"/>
        <source>Change customer value</source>
        <translation>更改客户价值</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="634"/>
        <source>Change business value</source>
        <translation>更改业务价值</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="635"/>
        <source>Change effort</source>
        <translation>更改工作量</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="636"/>
        <source>Link pains</source>
        <translation>关联痛点</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="637"/>
        <source>Link KPIs</source>
        <translation>关联 KPI</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="638"/>
        <source>Link evidence</source>
        <translation>关联证据</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="639"/>
        <source>Edit improvement note</source>
        <translation>编辑改进备注</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="640"/>
        <source>Edit A/B test</source>
        <translation>编辑 A/B 测试</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="653"/>
        <source>Track KPI</source>
        <translation>跟踪关键指标</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="653"/>
        <source>Stop tracking KPI</source>
        <translation>停止跟踪关键指标</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="661"/>
        <source>Edit KPI unit</source>
        <translation>编辑指标单位</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="662"/>
        <source>Change KPI direction</source>
        <translation>更改指标方向</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="663"/>
        <source>Edit KPI baseline</source>
        <translation>编辑指标基线</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="664"/>
        <source>Edit KPI target</source>
        <translation>编辑指标目标</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="665"/>
        <source>Edit KPI measurements</source>
        <translation>编辑指标测量值</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="677"/>
        <source>Plan trigger</source>
        <translation>设置触发规则</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="680"/>
        <source>Remove trigger</source>
        <translation>移除触发规则</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="684"/>
        <source>Edit trigger event</source>
        <translation>编辑触发事件</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="685"/>
        <source>Edit trigger delay</source>
        <translation>编辑触发延迟</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="686"/>
        <source>Edit trigger action</source>
        <translation>编辑触发动作</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="687"/>
        <source>Edit trigger segment</source>
        <translation>编辑目标人群</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/inspector_dock.py" line="700"/>
        <source>Span %n column(s)</source>
        <translation>
            <numerusform>跨 %n 列</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="704"/>
        <location filename="../../app/inspector_dock.py" line="723"/>
        <source>Moment of truth</source>
        <translation>关键时刻</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="716"/>
        <source>Rename step</source>
        <translation>重命名步骤</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="719"/>
        <source>Resize step</source>
        <translation>调整步骤宽度</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="735"/>
        <source>Label link</source>
        <translation>标注连线</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="746"/>
        <source>Delete link</source>
        <translation>删除连线</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="756"/>
        <source>Delete step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="764"/>
        <source>Change emotion score</source>
        <translation>更改情感分</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="766"/>
        <source>Edit point label</source>
        <translation>编辑情感点标签</translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <location filename="../../app/kpi_editor.py" line="79"/>
        <source>KPI</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../../app/kpi_editor.py" line="80"/>
        <source>This card tracks a KPI</source>
        <translation>此卡片跟踪一个关键指标</translation>
    </message>
    <message>
        <location filename="../../app/kpi_editor.py" line="82"/>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../app/kpi_editor.py" line="83"/>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../../app/kpi_editor.py" line="88"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/kpi_editor.py" line="89"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../app/kpi_editor.py" line="90"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../app/kpi_editor.py" line="91"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/kpi_editor.py" line="92"/>
        <source>Measurements</source>
        <translation>测量值</translation>
    </message>
    <message>
        <location filename="../../app/kpi_editor.py" line="93"/>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../../app/kpi_editor.py" line="97"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../app/kpi_editor.py" line="97"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/kpi_editor.py" line="123"/>
        <source>on track</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../app/kpi_editor.py" line="123"/>
        <source>off track</source>
        <translation>未达标</translation>
    </message>
</context>
<context>
    <name>LinkFields</name>
    <message>
        <location filename="../../app/step_fields.py" line="192"/>
        <source>Link</source>
        <translation>连线</translation>
    </message>
    <message>
        <location filename="../../app/step_fields.py" line="193"/>
        <source>&amp;Label</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/step_fields.py" line="194"/>
        <source>&amp;Delete Link</source>
        <translation>删除连线(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../app/list_editor.py" line="75"/>
        <source>Add</source>
        <extracomment>The user changed the list; the argument is the whole list of rows. columns shown but not typed into (where a row came from)</extracomment>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../app/list_editor.py" line="76"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main.py" line="54"/>
        <source>Journey Canvas</source>
        <translation>旅程画布</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="193"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="193"/>
        <source>Start a journey from a template or sample</source>
        <translation>从模板或示例开始一个旅程</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="194"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="194"/>
        <source>Open a journey file</source>
        <translation>打开旅程文件</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="195"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="195"/>
        <source>Save the journey</source>
        <translation>保存旅程</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="196"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="196"/>
        <source>Save the journey under a new name</source>
        <translation>以新名称保存旅程</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="197"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="197"/>
        <source>Close this window</source>
        <translation>关闭此窗口</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="198"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="198"/>
        <source>Close every window and quit</source>
        <translation>关闭所有窗口并退出</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="199"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="199"/>
        <source>Show the map larger</source>
        <translation>放大显示地图</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="200"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="200"/>
        <source>Show the map smaller</source>
        <translation>缩小显示地图</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="201"/>
        <source>&amp;Fit to Window</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="201"/>
        <source>Show the whole map</source>
        <translation>显示整张地图</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="202"/>
        <source>Actual &amp;Size</source>
        <translation>实际大小(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="202"/>
        <source>Show the map at 100%</source>
        <translation>以 100% 显示地图</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="203"/>
        <source>&amp;About Journey Canvas</source>
        <translation>关于旅程画布(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="208"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="209"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="210"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="211"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="212"/>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="213"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="216"/>
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="217"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="218"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="222"/>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="241"/>
        <source>Language changed. Some dialogs show it the next time they open.</source>
        <translation>语言已切换。部分对话框在下次打开时显示新语言。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="258"/>
        <location filename="../../app/main_window.py" line="406"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="266"/>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="301"/>
        <source>Journeys (*.journey)</source>
        <translation>旅程文件 (*.journey)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="319"/>
        <source>Open Journey</source>
        <translation>打开旅程</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="150"/>
        <location filename="../../app/main_window.py" line="338"/>
        <source>Cannot open the journey</source>
        <translation>无法打开旅程</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="342"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="369"/>
        <source>journey</source>
        <translation>旅程</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="373"/>
        <source>Save Journey As</source>
        <translation>旅程另存为</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="387"/>
        <source>Cannot save the journey</source>
        <translation>无法保存旅程</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="394"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="409"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="410"/>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>“%1”有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="459"/>
        <source>About Journey Canvas</source>
        <translation>关于旅程画布</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="460"/>
        <source>Journey Canvas (旅程画布) %1
Customer journey maps, offline.</source>
        <translation>旅程画布（Journey Canvas）%1
离线绘制客户旅程地图。</translation>
    </message>
</context>
<context>
    <name>MatrixDock</name>
    <message>
        <location filename="../../app/matrix_dock.py" line="167"/>
        <source>Priority Matrix</source>
        <translation>优先级矩阵</translation>
    </message>
    <message>
        <location filename="../../app/matrix_dock.py" line="168"/>
        <source>&amp;Priority Matrix</source>
        <translation>优先级矩阵(&amp;P)</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../app/matrix_dock.py" line="65"/>
        <source>idea</source>
        <extracomment>The smallest the matrix view may be made; the page scrolls inside it.</extracomment>
        <translation>想法</translation>
    </message>
    <message>
        <location filename="../../app/matrix_dock.py" line="66"/>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../app/matrix_dock.py" line="67"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../app/matrix_dock.py" line="68"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/matrix_dock.py" line="69"/>
        <source>dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../app/matrix_dock.py" line="73"/>
        <source>Quick wins</source>
        <translation>速赢</translation>
    </message>
    <message>
        <location filename="../../app/matrix_dock.py" line="74"/>
        <source>Big bets</source>
        <translation>重大投入</translation>
    </message>
    <message>
        <location filename="../../app/matrix_dock.py" line="75"/>
        <source>Fill-ins</source>
        <translation>填充项</translation>
    </message>
    <message>
        <location filename="../../app/matrix_dock.py" line="76"/>
        <source>Money pits</source>
        <translation>无底洞</translation>
    </message>
    <message>
        <location filename="../../app/matrix_dock.py" line="77"/>
        <source>Value (customer + business) / 2</source>
        <translation>价值（客户 + 业务）/ 2</translation>
    </message>
    <message>
        <location filename="../../app/matrix_dock.py" line="78"/>
        <source>Effort (1–5)</source>
        <translation>工作量（1–5）</translation>
    </message>
    <message>
        <location filename="../../app/matrix_dock.py" line="81"/>
        <source>No improvement is scored yet: give one a customer value, a business value and an effort.</source>
        <translation>还没有评分的改进：请为改进填写客户价值、业务价值和投入。</translation>
    </message>
    <message>
        <location filename="../../app/matrix_dock.py" line="146"/>
        <source>Rescore improvement</source>
        <translation>重新评分改进措施</translation>
    </message>
</context>
<context>
    <name>NewJourneyDialog</name>
    <message>
        <location filename="../../app/new_dialog.py" line="73"/>
        <source>New Journey</source>
        <translation>新建旅程</translation>
    </message>
    <message>
        <location filename="../../app/new_dialog.py" line="75"/>
        <source>Start from a template or from a sample journey:</source>
        <translation>从模板或示例旅程开始：</translation>
    </message>
    <message>
        <location filename="../../app/new_dialog.py" line="88"/>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/new_dialog.py" line="113"/>
        <source>Sample</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../app/new_dialog.py" line="113"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
</context>
<context>
    <name>PersonaDock</name>
    <message>
        <location filename="../../app/persona_dock.py" line="54"/>
        <source>The picture file is too large (more than 30 MB).</source>
        <translation>图片文件太大（超过 30 MB）。</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="60"/>
        <location filename="../../app/persona_dock.py" line="85"/>
        <source>The picture cannot be read: %1</source>
        <translation>无法读取图片：%1</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="68"/>
        <source>This file is not a picture Journey Canvas can read.</source>
        <translation>旅程画布无法读取这个图片文件。</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="76"/>
        <source>The picture is too large (%1 × %2 pixels).</source>
        <translation>图片尺寸太大（%1 × %2 像素）。</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="260"/>
        <location filename="../../app/persona_dock.py" line="265"/>
        <source>Persona</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="261"/>
        <source>&amp;Persona</source>
        <translation>客户画像(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="263"/>
        <source>Journey title</source>
        <translation>旅程标题</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="264"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="266"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="267"/>
        <source>Segment</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="268"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="269"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="270"/>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="271"/>
        <source>Pains</source>
        <translation>痛点</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="272"/>
        <source>Quote</source>
        <translation>原话</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="273"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="278"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="279"/>
        <source>Customer</source>
        <translation>现有客户</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="280"/>
        <source>Churned customer</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="284"/>
        <source>Add a persona</source>
        <translation>添加客户画像</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="285"/>
        <source>Remove this persona</source>
        <translation>移除此客户画像</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="286"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="287"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="322"/>
        <source>Persona %1</source>
        <translation>客户画像 %1</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="346"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="366"/>
        <source>Edit journey title</source>
        <translation>编辑旅程标题</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="368"/>
        <source>Edit scenario</source>
        <translation>编辑场景</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="384"/>
        <source>Edit persona</source>
        <translation>编辑客户画像</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="397"/>
        <source>New persona</source>
        <translation>新客户画像</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="400"/>
        <source>Add persona</source>
        <translation>添加客户画像</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="410"/>
        <source>Remove persona</source>
        <translation>移除客户画像</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="416"/>
        <source>Choose a Photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="418"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="427"/>
        <source>Cannot use this photo</source>
        <translation>无法使用这张照片</translation>
    </message>
</context>
<context>
    <name>PictureDrop</name>
    <message>
        <location filename="../../app/picture_drop.py" line="81"/>
        <source>Cannot use this picture</source>
        <translation>无法使用这张图片</translation>
    </message>
    <message>
        <location filename="../../app/picture_drop.py" line="86"/>
        <source>Drop picture on card</source>
        <translation>将图片拖放到卡片上</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../app/presentation.py" line="61"/>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/presentation.py" line="63"/>
        <source>Show the map full screen, one stage at a time (Esc to leave)</source>
        <translation>全屏显示地图，一次一个阶段（按 Esc 退出）</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../../app/recent_files.py" line="49"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/recent_files.py" line="62"/>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <location filename="../../app/recent_files.py" line="65"/>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/main.py" line="97"/>
        <source>Recovered changes</source>
        <translation>恢复的更改</translation>
    </message>
    <message>
        <location filename="../../app/recovery_dialog.py" line="31"/>
        <source>Recover Unsaved Journeys</source>
        <translation>恢复未保存的旅程</translation>
    </message>
    <message>
        <location filename="../../app/recovery_dialog.py" line="37"/>
        <source>Journey Canvas did not close properly last time. These journeys had unsaved changes. Restore them, or discard the copies you do not need.</source>
        <translation>旅程画布上次没有正常关闭。以下旅程有未保存的更改。请恢复它们，或丢弃不需要的副本。</translation>
    </message>
    <message>
        <location filename="../../app/recovery_dialog.py" line="43"/>
        <source>Journey</source>
        <translation>旅程</translation>
    </message>
    <message>
        <location filename="../../app/recovery_dialog.py" line="43"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/recovery_dialog.py" line="43"/>
        <source>Autosaved</source>
        <translation>自动保存于</translation>
    </message>
    <message>
        <location filename="../../app/recovery_dialog.py" line="46"/>
        <source>(never saved)</source>
        <translation>（从未保存）</translation>
    </message>
    <message>
        <location filename="../../app/recovery_dialog.py" line="48"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../app/recovery_dialog.py" line="57"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/recovery_dialog.py" line="58"/>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/recovery_dialog.py" line="59"/>
        <source>Show &amp;File</source>
        <translation>显示文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/recovery_dialog.py" line="60"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <location filename="../../app/views_menu.py" line="42"/>
        <source>Save View</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="71"/>
        <source>Emotion curves</source>
        <translation>情感曲线</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="72"/>
        <source>Personas</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="73"/>
        <source>Suggested cards</source>
        <translation>建议的卡片</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="74"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="91"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="92"/>
        <source>Lanes shown:</source>
        <translation>显示的泳道：</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="94"/>
        <source>Channels shown:</source>
        <translation>显示的渠道：</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="97"/>
        <source>Curves shown:</source>
        <translation>显示的曲线：</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="45"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="47"/>
        <source>Zoom to the cursor</source>
        <translation>以光标为中心缩放</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="47"/>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="48"/>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="48"/>
        <source>Middle-drag, or Space+drag</source>
        <translation>中键拖动，或按住空格拖动</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="49"/>
        <source>Add a card</source>
        <translation>添加卡片</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="49"/>
        <source>Double-click an empty place in a cell</source>
        <translation>双击单元格中的空白处</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="50"/>
        <source>Edit a card, stage or lane name</source>
        <translation>编辑卡片、阶段或泳道名称</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="50"/>
        <source>Double-click it</source>
        <translation>双击它</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="51"/>
        <source>Add an emotion point</source>
        <translation>添加情感点</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="51"/>
        <source>Double-click in the emotion lane</source>
        <translation>在情感泳道中双击</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="52"/>
        <source>Select several</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="52"/>
        <source>Ctrl+click, Shift+click or drag a rectangle</source>
        <translation>Ctrl+单击、Shift+单击或拖出矩形</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="53"/>
        <source>Finish typing</source>
        <translation>结束输入</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="53"/>
        <source>Enter or Ctrl+Enter (Shift+Enter: new line)</source>
        <translation>Enter 或 Ctrl+Enter（Shift+Enter：换行）</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="54"/>
        <source>Cancel typing or a drag</source>
        <translation>取消输入或拖动</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="54"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="59"/>
        <source>Action</source>
        <translation>行为</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="59"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>StepFields</name>
    <message>
        <location filename="../../app/step_fields.py" line="69"/>
        <source>&amp;Step name</source>
        <translation>步骤名称(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/step_fields.py" line="69"/>
        <source>&amp;Width (pt)</source>
        <translation>宽度（磅）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/step_fields.py" line="69"/>
        <source>&amp;Moment of truth</source>
        <translation>关键时刻(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/step_fields.py" line="73"/>
        <source>A moment that decides the journey</source>
        <translation>决定整段旅程成败的时刻</translation>
    </message>
    <message>
        <location filename="../../app/step_fields.py" line="74"/>
        <source>&amp;Delete Step</source>
        <translation>删除步骤(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/step_fields.py" line="75"/>
        <source>Its cards move to the step beside it</source>
        <translation>其卡片移到相邻的步骤</translation>
    </message>
    <message>
        <location filename="../../app/step_fields.py" line="86"/>
        <source>Step of “%1”</source>
        <translation>“%1”的步骤</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <location filename="../../app/theme_menu.py" line="30"/>
        <source>Classic</source>
        <translation>经典</translation>
    </message>
    <message>
        <location filename="../../app/theme_menu.py" line="31"/>
        <source>Harbour</source>
        <translation>海港</translation>
    </message>
    <message>
        <location filename="../../app/theme_menu.py" line="32"/>
        <source>Greyscale (for black-and-white printing)</source>
        <translation>灰度（适合黑白打印）</translation>
    </message>
    <message>
        <location filename="../../app/theme_menu.py" line="62"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/theme_menu.py" line="65"/>
        <source>Client Name…</source>
        <translation>客户名称…</translation>
    </message>
    <message>
        <location filename="../../app/theme_menu.py" line="66"/>
        <source>Client Logo…</source>
        <translation>客户标志…</translation>
    </message>
    <message>
        <location filename="../../app/theme_menu.py" line="67"/>
        <source>Remove Client Logo</source>
        <translation>移除客户标志</translation>
    </message>
    <message>
        <location filename="../../app/theme_menu.py" line="85"/>
        <source>Use theme “%1”</source>
        <translation>使用主题“%1”</translation>
    </message>
    <message>
        <location filename="../../app/theme_menu.py" line="95"/>
        <source>Client Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../app/theme_menu.py" line="96"/>
        <source>The client&apos;s name, shown on the map and its posters:</source>
        <translation>客户名称，显示在旅程图及其海报上：</translation>
    </message>
    <message>
        <location filename="../../app/theme_menu.py" line="107"/>
        <source>Set client name</source>
        <translation>设置客户名称</translation>
    </message>
    <message>
        <location filename="../../app/theme_menu.py" line="114"/>
        <source>Choose the Client&apos;s Logo</source>
        <translation>选择客户标志</translation>
    </message>
    <message>
        <location filename="../../app/theme_menu.py" line="116"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../app/theme_menu.py" line="126"/>
        <source>Cannot use this logo</source>
        <translation>无法使用此标志</translation>
    </message>
    <message>
        <location filename="../../app/theme_menu.py" line="134"/>
        <source>Change client logo</source>
        <translation>更改客户标志</translation>
    </message>
    <message>
        <location filename="../../app/theme_menu.py" line="134"/>
        <source>Remove client logo</source>
        <translation>移除客户标志</translation>
    </message>
</context>
<context>
    <name>TriggerEditor</name>
    <message>
        <location filename="../../app/trigger_editor.py" line="45"/>
        <source>Trigger</source>
        <translation>触发规则</translation>
    </message>
    <message>
        <location filename="../../app/trigger_editor.py" line="46"/>
        <source>This card plans an automated trigger</source>
        <translation>此卡片规划一条自动触发规则</translation>
    </message>
    <message>
        <location filename="../../app/trigger_editor.py" line="48"/>
        <source>When (event)</source>
        <translation>触发事件</translation>
    </message>
    <message>
        <location filename="../../app/trigger_editor.py" line="49"/>
        <source>How long after</source>
        <translation>多久之后</translation>
    </message>
    <message>
        <location filename="../../app/trigger_editor.py" line="50"/>
        <source>What to do</source>
        <translation>执行动作</translation>
    </message>
    <message>
        <location filename="../../app/trigger_editor.py" line="51"/>
        <source>For which segment</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <location filename="../../app/trigger_editor.py" line="52"/>
        <source>On the map</source>
        <translation>地图上显示</translation>
    </message>
    <message>
        <location filename="../../app/trigger_editor.py" line="57"/>
        <source>e.g. cart abandoned</source>
        <translation>例如：购物车放弃</translation>
    </message>
    <message>
        <location filename="../../app/trigger_editor.py" line="58"/>
        <source>e.g. 30 min</source>
        <translation>例如：30 分钟</translation>
    </message>
    <message>
        <location filename="../../app/trigger_editor.py" line="59"/>
        <source>e.g. send a reminder with a coupon</source>
        <translation>例如：发送带优惠券的提醒</translation>
    </message>
    <message>
        <location filename="../../app/trigger_editor.py" line="60"/>
        <source>empty: everyone</source>
        <translation>留空：所有人</translation>
    </message>
</context>
<context>
    <name>ViewsMenu</name>
    <message>
        <location filename="../../app/views_menu.py" line="149"/>
        <source>Saved &amp;Views</source>
        <translation>已保存的视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="150"/>
        <source>&amp;Save View…</source>
        <translation>保存视图(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="151"/>
        <source>&amp;Delete This View</source>
        <translation>删除此视图(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="163"/>
        <source>Whole Map</source>
        <translation>完整地图</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="193"/>
        <source>Save view “%1”</source>
        <translation>保存视图“%1”</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="208"/>
        <source>Delete view “%1”</source>
        <translation>删除视图“%1”</translation>
    </message>
</context>
<context>
    <name>WavesDialog</name>
    <message>
        <location filename="../../app/waves_dialog.py" line="85"/>
        <source>Waves</source>
        <translation>调研批次</translation>
    </message>
    <message>
        <location filename="../../app/waves_dialog.py" line="101"/>
        <source>Mean score (−2…+2) and answers per survey wave. Change: the latest wave against the one before; * when Welch&apos;s t-test gives p &lt; 0.05.</source>
        <translation>每个调研批次的平均分（−2…+2）和回答数。变化：最新批次相对上一批次；Welch t 检验 p &lt; 0.05 时标 *。</translation>
    </message>
    <message>
        <location filename="../../app/waves_dialog.py" line="105"/>
        <source>No imports yet: every spreadsheet imported becomes a wave.</source>
        <translation>尚无导入：每导入一个表格即为一个批次。</translation>
    </message>
    <message>
        <location filename="../../app/waves_dialog.py" line="108"/>
        <source>Emotion curve by survey wave</source>
        <translation>各调研批次的情绪曲线</translation>
    </message>
    <message>
        <location filename="../../app/waves_dialog.py" line="111"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/waves_dialog.py" line="111"/>
        <source>Touchpoint</source>
        <translation>接触点</translation>
    </message>
    <message>
        <location filename="../../app/waves_dialog.py" line="111"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>_ShortcutsHelp</name>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="94"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/print_support.py" line="56"/>
        <source>Print Journey</source>
        <translation>打印旅程</translation>
    </message>
    <message>
        <location filename="../../app/print_support.py" line="62"/>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location filename="../../app/print_support.py" line="62"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts_dialog.py" line="102"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
</TS>
