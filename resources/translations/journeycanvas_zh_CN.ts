<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
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
        <location filename="../../canvas/interactions/card_drag.py" line="83"/>
        <location filename="../../canvas/interactions/keyboard.py" line="199"/>
        <source>Move card “%1”</source>
        <extracomment>Score change of one Up/Down press on an emotion point, and a position step.</extracomment>
        <translation>移动卡片“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../canvas/interactions/card_drag.py" line="83"/>
        <location filename="../../canvas/interactions/keyboard.py" line="199"/>
        <source>Move %n cards</source>
        <translation>
            <numerusform>移动 %n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/double_click.py" line="74"/>
        <location filename="../../canvas/interactions/keyboard.py" line="292"/>
        <source>Add emotion point %1 in “%2”</source>
        <translation>在“%2”添加情感点 %1</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/header_drag.py" line="64"/>
        <location filename="../../canvas/interactions/keyboard.py" line="214"/>
        <source>Move stage “%1”</source>
        <translation>移动阶段“%1”</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/header_drag.py" line="89"/>
        <location filename="../../canvas/interactions/keyboard.py" line="228"/>
        <source>Move lane “%1”</source>
        <translation>移动泳道“%1”</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/point_drag.py" line="89"/>
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
        <location filename="../../canvas/interactions/text_edits.py" line="33"/>
        <source>Edit card title “%1”</source>
        <translation>编辑卡片标题“%1”</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/text_edits.py" line="75"/>
        <source>Edit text of card “%1”</source>
        <translation>编辑卡片“%1”的文字</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/text_edits.py" line="94"/>
        <source>Rename stage to “%1”</source>
        <translation>将阶段重命名为“%1”</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/text_edits.py" line="115"/>
        <source>Rename lane to “%1”</source>
        <translation>将泳道重命名为“%1”</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/text_edits.py" line="134"/>
        <source>Edit title “%1”</source>
        <translation>编辑标题“%1”</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/text_edits.py" line="153"/>
        <source>Add card “%1”</source>
        <translation>添加卡片“%1”</translation>
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
    <message>
        <location filename="../../canvas/interactions/keyboard.py" line="253"/>
        <source>Change emotion score in “%1”</source>
        <translation>更改“%1”中的情感分数</translation>
    </message>
    <message>
        <location filename="../../canvas/interactions/keyboard.py" line="276"/>
        <source>Move emotion point in “%1”</source>
        <translation>移动“%1”中的情感点</translation>
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
    <name>EditActions</name>
    <message>
        <location filename="../../app/edit_actions.py" line="240"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="241"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="173"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="173"/>
        <source>Move the selected cards to the clipboard</source>
        <translation>把所选卡片移到剪贴板</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="174"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="174"/>
        <source>Copy the selected cards</source>
        <translation>复制所选卡片</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="175"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="175"/>
        <source>Paste cards into the current cell</source>
        <translation>把卡片粘贴到当前单元格</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="176"/>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="176"/>
        <source>Copy the selected cards in place</source>
        <translation>在原位置复制所选卡片</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="177"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="177"/>
        <source>Delete the selected cards and points</source>
        <translation>删除所选卡片和情感点</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="178"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="178"/>
        <source>Select every card</source>
        <translation>选择所有卡片</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="179"/>
        <source>&amp;Edit Text</source>
        <translation>编辑文字(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="179"/>
        <source>Type the text of the selection</source>
        <translation>输入所选对象的文字</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="181"/>
        <source>Edit Card &amp;Body</source>
        <translation>编辑卡片正文(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="182"/>
        <source>Type the body text of the selected card</source>
        <translation>输入所选卡片的正文</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="184"/>
        <source>&amp;Next Card</source>
        <translation>下一张卡片(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="184"/>
        <source>Select the next card</source>
        <translation>选择下一张卡片</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="185"/>
        <source>P&amp;revious Card</source>
        <translation>上一张卡片(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="185"/>
        <source>Select the previous card</source>
        <translation>选择上一张卡片</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="186"/>
        <source>Card &amp;Colour…</source>
        <translation>卡片颜色(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="186"/>
        <source>Fill the selected cards</source>
        <translation>填充所选卡片</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="187"/>
        <source>Add &amp;Card</source>
        <translation>添加卡片(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="187"/>
        <source>Add a card to the current cell</source>
        <translation>在当前单元格中添加卡片</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="188"/>
        <source>Add &amp;Stage</source>
        <translation>添加阶段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="188"/>
        <source>Add a stage after the current one</source>
        <translation>在当前阶段之后添加阶段</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="190"/>
        <source>Add Stage &amp;Before</source>
        <translation>在前面添加阶段(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="191"/>
        <source>Add a stage before this one</source>
        <translation>在此阶段之前添加一个阶段</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="194"/>
        <source>Add Stage &amp;After</source>
        <translation>在后面添加阶段(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="195"/>
        <source>Add a stage after this one</source>
        <translation>在此阶段之后添加一个阶段</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="197"/>
        <source>&amp;Rename Stage</source>
        <translation>重命名阶段(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="197"/>
        <source>Type a new name for the stage</source>
        <translation>输入阶段的新名称</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="198"/>
        <source>Re&amp;name Lane</source>
        <translation>重命名泳道(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="198"/>
        <source>Type a new name for the lane</source>
        <translation>输入泳道的新名称</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="200"/>
        <source>Stage &amp;Description…</source>
        <translation>阶段描述(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="201"/>
        <source>Write what happens in the current stage</source>
        <translation>描述当前阶段中发生的事</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="203"/>
        <source>Delete S&amp;tage</source>
        <translation>删除阶段(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="203"/>
        <source>Delete the current stage</source>
        <translation>删除当前阶段</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="204"/>
        <source>Delete L&amp;ane</source>
        <translation>删除泳道(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="204"/>
        <source>Delete the current lane</source>
        <translation>删除当前泳道</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="206"/>
        <source>C&amp;ollapse/Expand Lane</source>
        <translation>折叠/展开泳道(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="207"/>
        <source>Fold the current lane to one line, or open it again</source>
        <translation>把当前泳道折叠成一行，或重新展开</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="210"/>
        <source>Add Emotion &amp;Point</source>
        <translation>添加情感点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="211"/>
        <source>Add a point to the emotion curve in the current stage</source>
        <translation>在当前阶段的情感曲线上添加一个点</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="214"/>
        <source>Delete Emotion &amp;Point</source>
        <translation>删除情感点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="215"/>
        <source>Delete the selected emotion points</source>
        <translation>删除所选情感点</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="222"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="223"/>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="224"/>
        <source>Add &amp;Lane</source>
        <translation>添加泳道(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="227"/>
        <source>Edit Toolbar</source>
        <translation>编辑工具栏</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="240"/>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="240"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="241"/>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="241"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="248"/>
        <source>Actions</source>
        <translation>行为</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="249"/>
        <source>Touchpoints</source>
        <translation>接触点</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="250"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="251"/>
        <source>Thoughts</source>
        <translation>想法</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="252"/>
        <source>Emotions</source>
        <translation>情感</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="253"/>
        <source>Pain Points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="254"/>
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="255"/>
        <source>Needs and Expectations</source>
        <translation>需求与期望</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="256"/>
        <source>Owners</source>
        <translation>负责部门</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="257"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="258"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="294"/>
        <source>Duplicate card “%1”</source>
        <translation>复制卡片“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edit_actions.py" line="294"/>
        <source>Duplicate %n cards</source>
        <translation>
            <numerusform>复制 %n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="310"/>
        <source>Delete card “%1”</source>
        <translation>删除卡片“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edit_actions.py" line="310"/>
        <source>Delete %n cards</source>
        <translation>
            <numerusform>删除 %n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="334"/>
        <source>Delete emotion point</source>
        <translation>删除情感点</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edit_actions.py" line="335"/>
        <source>Delete %n emotion points</source>
        <translation>
            <numerusform>删除 %n 个情感点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edit_actions.py" line="314"/>
        <source>Delete %n cards and points</source>
        <translation>
            <numerusform>删除 %n 个卡片和情感点</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="397"/>
        <source>Stage Description</source>
        <translation>阶段描述</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="398"/>
        <source>What happens in “%1”:</source>
        <translation>“%1”中发生了什么：</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="405"/>
        <source>Describe stage “%1”</source>
        <translation>描述阶段“%1”</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="426"/>
        <source>Colour card “%1”</source>
        <translation>为卡片“%1”着色</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edit_actions.py" line="426"/>
        <source>Colour %n cards</source>
        <translation>
            <numerusform>为 %n 张卡片着色</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="507"/>
        <source>Delete stage “%1”</source>
        <translation>删除阶段“%1”</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="517"/>
        <source>Delete lane “%1”</source>
        <translation>删除泳道“%1”</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="528"/>
        <source>Expand lane “%1”</source>
        <translation>展开泳道“%1”</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="528"/>
        <source>Collapse lane “%1”</source>
        <translation>折叠泳道“%1”</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="419"/>
        <source>Card Colour</source>
        <translation>卡片颜色</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="472"/>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="476"/>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../app/edit_actions.py" line="494"/>
        <source>Add lane</source>
        <translation>添加泳道</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../app/export_dialog.py" line="576"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="577"/>
        <source>Export a poster, image or data file</source>
        <translation>导出海报、图片或数据文件</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="578"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="579"/>
        <source>Print the map on one page</source>
        <translation>把地图打印在一页上</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/export_dialog.py" line="165"/>
        <location filename="../../app/export_dialog.py" line="258"/>
        <source>Export</source>
        <extracomment>The scale choices: fit the map to the printable area, or draw it at a percentage. Percentages the dialog offers: the 0.01–20 scale that ExportOptions accepts. The last choices, one key each (strings, so every QSettings backend agrees).</extracomment>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="174"/>
        <source>PDF poster (vector)</source>
        <translation>PDF 海报（矢量）</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="175"/>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="176"/>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="177"/>
        <source>Excel workbook (xlsx)</source>
        <translation>Excel 工作簿（xlsx）</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="178"/>
        <source>Mermaid journey (mmd)</source>
        <translation>Mermaid 旅程图（mmd）</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="184"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="193"/>
        <source>Custom size</source>
        <translation>自定义尺寸</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="201"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="202"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="203"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="210"/>
        <source>Fit to page</source>
        <translation>适应页面</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="211"/>
        <source>Percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="219"/>
        <source>Tile onto smaller sheets</source>
        <translation>拼贴到较小的纸张上</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="228"/>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="229"/>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="235"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="236"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="237"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="238"/>
        <source>Custom size:</source>
        <translation>自定义尺寸：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="239"/>
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="240"/>
        <source>Margin:</source>
        <translation>页边距：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="241"/>
        <source>Scale:</source>
        <translation>比例：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="243"/>
        <source>Sheets:</source>
        <translation>纸张数：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="244"/>
        <source>Overlap:</source>
        <translation>重叠：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="245"/>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="250"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="251"/>
        <source>From paper and resolution</source>
        <translation>按纸张和分辨率</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="253"/>
        <source>Pixel width:</source>
        <translation>像素宽度：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="254"/>
        <source>Background:</source>
        <translation>背景：</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="431"/>
        <source>%1 sheets of %2 (%3 rows × %4 columns) and an assembly page.</source>
        <translation>%1 张 %2 纸（%3 行 × %4 列），另加一页拼接示意。</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="440"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 毫米</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="446"/>
        <location filename="../../app/export_dialog.py" line="452"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="463"/>
        <source>Map fitted at %1 %</source>
        <translation>地图缩放至 %1 % 以适应页面</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="464"/>
        <source>Map at %1 %</source>
        <translation>地图比例 %1 %</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="470"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="471"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="472"/>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="473"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="474"/>
        <source>Mermaid (*.mmd)</source>
        <translation>Mermaid (*.mmd)</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="477"/>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="486"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="486"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="502"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="516"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location filename="../../app/export_dialog.py" line="517"/>
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
        <location filename="../../app/import_action.py" line="54"/>
        <source>&amp;Import Spreadsheet…</source>
        <translation>导入表格(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/import_action.py" line="56"/>
        <source>Add interview or survey answers (xlsx, xls, ods, csv) to this journey</source>
        <translation>把访谈或问卷的回答（xlsx、xls、ods、csv）加入本旅程</translation>
    </message>
    <message>
        <location filename="../../app/import_action.py" line="67"/>
        <source>Import Spreadsheet</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <location filename="../../app/import_action.py" line="69"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/import_action.py" line="81"/>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/import_dialog.py" line="75"/>
        <source>File:</source>
        <extracomment>the progress dialog of a running import (tests press its Cancel) emitted after the import was pushed onto the undo stack</extracomment>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="76"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="77"/>
        <source>Scale:</source>
        <translation>比例：</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="83"/>
        <source>Import Spreadsheet — %1</source>
        <translation>导入表格 — %1</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="84"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="87"/>
        <source>Detect from headers and answers</source>
        <translation>根据表头和回答自动识别</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="177"/>
        <source>Interview sheet (one row per answer)</source>
        <translation>访谈表（每行一个回答）</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="179"/>
        <source>Survey export (one row per respondent)</source>
        <translation>问卷导出（每行一位受访者）</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="183"/>
        <source>%1 · responses: %2 · touchpoints: %3 · stages: %4 · scale: %5</source>
        <translation>%1 · 回答：%2 · 接触点：%3 · 阶段：%4 · 量表：%5</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="191"/>
        <source>no stage or touchpoint</source>
        <translation>没有阶段或接触点</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="192"/>
        <source>no score and no comment</source>
        <translation>没有分数也没有评论</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="193"/>
        <source>no answer</source>
        <translation>未回答</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="194"/>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="199"/>
        <source>Skipped %1 rows (%2): %3</source>
        <translation>跳过了 %1 行（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="206"/>
        <source>Using the column roles you chose for a sheet with these columns.</source>
        <translation>沿用你为具有相同列的表格选择的列角色。</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="219"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="224"/>
        <source>Importing Spreadsheet</source>
        <translation>正在导入表格</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="228"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="246"/>
        <source>Import cancelled; the journey was not changed.</source>
        <translation>导入已取消，旅程没有改变。</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="254"/>
        <source>The journey changed while importing; import again.</source>
        <translation>导入期间旅程发生了变化，请重新导入。</translation>
    </message>
    <message>
        <location filename="../../app/import_dialog.py" line="260"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../app/import_preview.py" line="39"/>
        <source>Stage</source>
        <extracomment>Sheet rows shown under the role boxes. (column index, role) when the user picks a role (column index, stage, touchpoint) when the user sends a question elsewhere</extracomment>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="40"/>
        <source>Touchpoint</source>
        <translation>接触点</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="41"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="42"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="43"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="44"/>
        <source>Respondent</source>
        <translation>受访者</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="45"/>
        <source>Question (survey)</source>
        <translation>问题（问卷）</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="46"/>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="65"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="65"/>
        <source>Goes to</source>
        <translation>归入</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="103"/>
        <source>Recognised from the header</source>
        <translation>根据表头识别</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="104"/>
        <source>Recognised from the answers</source>
        <translation>根据回答识别</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="105"/>
        <source>Survey metadata (dates, IP addresses, durations): never a score</source>
        <translation>问卷元数据（日期、IP 地址、用时）：不作为分数</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="106"/>
        <source>Chosen by you</source>
        <translation>由你选择</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="117"/>
        <source>The stage of each row</source>
        <translation>每行的阶段</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="118"/>
        <source>The touchpoint of each row</source>
        <translation>每行的接触点</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="119"/>
        <source>That touchpoint&apos;s channel</source>
        <translation>该接触点的渠道</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="120"/>
        <location filename="../../app/import_preview.py" line="121"/>
        <source>The row&apos;s stage and touchpoint</source>
        <translation>该行的阶段和接触点</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="122"/>
        <source>Counts who answered</source>
        <translation>统计答题人</translation>
    </message>
    <message>
        <location filename="../../app/import_preview.py" line="138"/>
        <source>The stage and touchpoint this question&apos;s answers go to</source>
        <translation>该问题的回答归入的阶段和接触点</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../../app/inspector_dock.py" line="160"/>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="161"/>
        <source>&amp;Inspector</source>
        <translation>检查器(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="162"/>
        <source>Select a card or an emotion point to see its details.</source>
        <translation>选择一张卡片或一个情感点以查看详细信息。</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="164"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="165"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="166"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="167"/>
        <source>Owner</source>
        <translation>负责部门</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="168"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="170"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="171"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="175"/>
        <source>Use Lane Colour</source>
        <translation>使用泳道颜色</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="176"/>
        <source>Accept Suggestion</source>
        <translation>采纳建议</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="178"/>
        <source>Suggested by an import: check it, then accept it or delete the card.</source>
        <translation>由导入生成的建议：请核对后采纳，或删除这张卡片。</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="180"/>
        <source>Quote</source>
        <translation>原话</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="180"/>
        <location filename="../../app/inspector_dock.py" line="185"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="181"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="181"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="185"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="185"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="233"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="262"/>
        <source>Lane colour</source>
        <translation>泳道颜色</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="286"/>
        <source>Edit card title</source>
        <translation>编辑卡片标题</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="287"/>
        <source>Edit card text</source>
        <translation>编辑卡片文字</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="288"/>
        <source>Edit channel</source>
        <translation>编辑渠道</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="289"/>
        <source>Edit owner</source>
        <translation>编辑负责部门</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="290"/>
        <source>Change card colour</source>
        <translation>更改卡片颜色</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="291"/>
        <source>Accept suggestion</source>
        <translation>采纳建议</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="292"/>
        <source>Edit evidence</source>
        <translation>编辑证据</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="293"/>
        <source>Edit metrics</source>
        <translation>编辑指标</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="312"/>
        <source>Card Colour</source>
        <translation>卡片颜色</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="336"/>
        <source>Change emotion score</source>
        <translation>更改情感分</translation>
    </message>
    <message>
        <location filename="../../app/inspector_dock.py" line="338"/>
        <source>Edit point label</source>
        <translation>编辑情感点标签</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../app/list_editor.py" line="71"/>
        <source>Add</source>
        <extracomment>The user changed the list; the argument is the whole list of rows.</extracomment>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../app/list_editor.py" line="72"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main.py" line="53"/>
        <source>Journey Canvas</source>
        <translation>旅程画布</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="182"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="182"/>
        <source>Start a journey from a template or sample</source>
        <translation>从模板或示例开始一个旅程</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="183"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="183"/>
        <source>Open a journey file</source>
        <translation>打开旅程文件</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="184"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="184"/>
        <source>Save the journey</source>
        <translation>保存旅程</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="185"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="185"/>
        <source>Save the journey under a new name</source>
        <translation>以新名称保存旅程</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="186"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="186"/>
        <source>Close this window</source>
        <translation>关闭此窗口</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="187"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="187"/>
        <source>Close every window and quit</source>
        <translation>关闭所有窗口并退出</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="188"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="188"/>
        <source>Show the map larger</source>
        <translation>放大显示地图</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="189"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="189"/>
        <source>Show the map smaller</source>
        <translation>缩小显示地图</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="190"/>
        <source>&amp;Fit to Window</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="190"/>
        <source>Show the whole map</source>
        <translation>显示整张地图</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="191"/>
        <source>Actual &amp;Size</source>
        <translation>实际大小(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="191"/>
        <source>Show the map at 100%</source>
        <translation>以 100% 显示地图</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="192"/>
        <source>&amp;About Journey Canvas</source>
        <translation>关于旅程画布(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="197"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="198"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="199"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="200"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="201"/>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="202"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="205"/>
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="206"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="207"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="211"/>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="230"/>
        <source>Language changed. Some dialogs show it the next time they open.</source>
        <translation>语言已切换。部分对话框在下次打开时显示新语言。</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="247"/>
        <location filename="../../app/main_window.py" line="385"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="255"/>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="285"/>
        <source>Journeys (*.journey)</source>
        <translation>旅程文件 (*.journey)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="303"/>
        <source>Open Journey</source>
        <translation>打开旅程</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="322"/>
        <source>Cannot open the journey</source>
        <translation>无法打开旅程</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="326"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="352"/>
        <source>journey</source>
        <translation>旅程</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="354"/>
        <source>Save Journey As</source>
        <translation>旅程另存为</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="367"/>
        <source>Cannot save the journey</source>
        <translation>无法保存旅程</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="373"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="388"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="389"/>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>“%1”有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="438"/>
        <source>About Journey Canvas</source>
        <translation>关于旅程画布</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="439"/>
        <source>Journey Canvas (旅程画布) %1
Customer journey maps, offline.</source>
        <translation>旅程画布（Journey Canvas）%1
离线绘制客户旅程地图。</translation>
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
        <location filename="../../app/persona_dock.py" line="231"/>
        <location filename="../../app/persona_dock.py" line="236"/>
        <source>Persona</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="232"/>
        <source>&amp;Persona</source>
        <translation>客户画像(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="234"/>
        <source>Journey title</source>
        <translation>旅程标题</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="235"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="237"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="238"/>
        <source>Segment</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="239"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="240"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="241"/>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="242"/>
        <source>Pains</source>
        <translation>痛点</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="243"/>
        <source>Quote</source>
        <translation>原话</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="244"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="249"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="250"/>
        <source>Customer</source>
        <translation>现有客户</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="251"/>
        <source>Churned customer</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="255"/>
        <source>Add a persona</source>
        <translation>添加客户画像</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="256"/>
        <source>Remove this persona</source>
        <translation>移除此客户画像</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="257"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="258"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="293"/>
        <source>Persona %1</source>
        <translation>客户画像 %1</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="317"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="337"/>
        <source>Edit journey title</source>
        <translation>编辑旅程标题</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="339"/>
        <source>Edit scenario</source>
        <translation>编辑场景</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="355"/>
        <source>Edit persona</source>
        <translation>编辑客户画像</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="368"/>
        <source>New persona</source>
        <translation>新客户画像</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="371"/>
        <source>Add persona</source>
        <translation>添加客户画像</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="381"/>
        <source>Remove persona</source>
        <translation>移除客户画像</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="387"/>
        <source>Choose a Photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="389"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../app/persona_dock.py" line="398"/>
        <source>Cannot use this photo</source>
        <translation>无法使用这张照片</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../app/presentation.py" line="60"/>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/presentation.py" line="62"/>
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
        <location filename="../../app/main.py" line="96"/>
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
        <location filename="../../app/views_menu.py" line="38"/>
        <source>Save View</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="49"/>
        <source>Emotion curves</source>
        <translation>情感曲线</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="50"/>
        <source>Personas</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="51"/>
        <source>Suggested cards</source>
        <translation>建议的卡片</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="52"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="69"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="70"/>
        <source>Lanes shown:</source>
        <translation>显示的泳道：</translation>
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
    <name>ViewsMenu</name>
    <message>
        <location filename="../../app/views_menu.py" line="111"/>
        <source>Saved &amp;Views</source>
        <translation>已保存的视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="112"/>
        <source>&amp;Save View…</source>
        <translation>保存视图(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="113"/>
        <source>&amp;Delete This View</source>
        <translation>删除此视图(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="125"/>
        <source>Whole Map</source>
        <translation>完整地图</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="155"/>
        <source>Save view “%1”</source>
        <translation>保存视图“%1”</translation>
    </message>
    <message>
        <location filename="../../app/views_menu.py" line="170"/>
        <source>Delete view “%1”</source>
        <translation>删除视图“%1”</translation>
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
