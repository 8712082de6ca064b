// A realistic small Chinese shop's receivables, written relative to the day it is loaded so it
// never goes stale. Offsets are days from today (negative = in the past).

export interface DemoInvoice {
  ref: string;
  issuedDaysAgo: number;
  termDays: number;
  amountCents: number;
  paidCents?: number;
}
export interface DemoCustomer {
  code: string;
  name: string;
  phone: string | null;
  invoices: DemoInvoice[];
  disputed?: boolean;
  optedOut?: boolean;
}

export const DEMO_BUSINESS = {
  name: '鸿运五金建材店',
  phone: '0571-8686 5200',
  signature: '鸿运五金',
};

const inv = (ref: string, issuedDaysAgo: number, termDays: number, yuan: number, paidYuan = 0): DemoInvoice => ({
  ref,
  issuedDaysAgo,
  termDays,
  amountCents: Math.round(yuan * 100),
  paidCents: Math.round(paidYuan * 100),
});

export const DEMO_CUSTOMERS: DemoCustomer[] = [
  { code: 'K001', name: '张伟装修工作室', phone: '138 0571 2231', invoices: [inv('XS-1001', 40, 30, 3580)] },
  { code: 'K002', name: '李娜', phone: '+86 139-5710-8842', invoices: [inv('XS-1002', 95, 30, 1260.5), inv('XS-1017', 50, 30, 860)] },
  { code: 'K003', name: '王强水电安装', phone: '13606518827', invoices: [inv('XS-1003', 31, 30, 12800)] },
  { code: 'K004', name: '刘洋', phone: '15888123456', invoices: [inv('XS-1004', 20, 30, 450)] },
  { code: 'K005', name: '陈静家居', phone: '18658101234', invoices: [inv('XS-1005', 130, 30, 23650, 10000)] },
  { code: 'K006', name: '杨帆建筑队', phone: '13757190021', invoices: [inv('XS-1006', 60, 30, 8990, 8990)] },
  { code: 'K007', name: '赵敏', phone: '0571-8712 3456', invoices: [inv('XS-1007', 45, 30, 720)] },
  { code: 'K008', name: '黄磊门窗', phone: '13867453320', invoices: [inv('XS-1008', 33, 30, 5400)] },
  { code: 'K009', name: '周杰', phone: '(+86) 137 7770 1188', invoices: [inv('XS-1009', 37, 30, 299)] },
  { code: 'K010', name: '吴刚五金加工', phone: null, invoices: [inv('XS-1010', 70, 30, 4100)] },
  { code: 'K011', name: '徐丽', phone: '15158806677', invoices: [inv('XS-1011', 25, 15, 1880)] },
  { code: 'K012', name: '孙涛物业', phone: '13588009911', invoices: [inv('XS-1012', 200, 60, 36000, 6000)] },
  { code: 'K013', name: '胡敏', phone: '１３９５８０６６２２３', invoices: [inv('XS-1013', 12, 30, 980)] },
  { code: 'K014', name: '朱辉装饰', phone: '13967112345', invoices: [inv('XS-1014', 31, 30, 2460), inv('XS-1015', 31, 30, 540)] },
  { code: 'K015', name: '高峰', phone: '18757123400', invoices: [inv('XS-1016', 90, 30, 1500, 1500)] },
  { code: 'K016', name: '林芳', phone: '13705719876', invoices: [inv('XS-1018', 48, 30, 3300)], disputed: true },
  { code: 'K017', name: '何军电器', phone: '15990012233', invoices: [inv('XS-1019', 55, 30, 2750)], optedOut: true },
  { code: 'K018', name: '郭静', phone: '13800138000', invoices: [inv('XS-1020', 30, 30, 660)] },
  { code: 'K019', name: '马超建材', phone: '13588776655', invoices: [inv('XS-1021', 75, 45, 15400, 4000)] },
  { code: 'K020', name: '罗宇', phone: '12345', invoices: [inv('XS-1022', 44, 30, 320)] },
  { code: 'K021', name: '梁晓燕', phone: '15067119988', invoices: [inv('XS-1023', 10, 30, 2100)] },
  { code: 'K022', name: '宋建国', phone: '13989456789', invoices: [inv('XS-1024', 66, 30, 4480, 4480)] },
  { code: 'K023', name: '谢婷', phone: '18969012345', invoices: [inv('XS-1025', 36, 30, 1150)] },
  { code: 'K024', name: '韩冰水暖', phone: '13454567890', invoices: [inv('XS-1026', 160, 30, 7600)] },
  { code: 'K025', name: '唐亮', phone: '15268123321', invoices: [inv('XS-1027', 5, 30, 830)] },
  { code: 'K026', name: '冯雪', phone: '0571-8899 0011', invoices: [inv('XS-1028', 52, 30, 1990)] },
  { code: 'K027', name: '董鹏装饰', phone: '13777889900', invoices: [inv('XS-1029', 38, 30, 6320)] },
  { code: 'K028', name: '萧然', phone: '18072345678', invoices: [inv('XS-1030', 29, 30, 410)] },
  { code: 'K029', name: '程刚', phone: '13516601234', invoices: [inv('XS-1031', 110, 30, 2680, 2680), inv('XS-1032', 34, 30, 1240)] },
  { code: 'K030', name: '曹颖花艺', phone: '15306712345', invoices: [inv('XS-1033', 58, 30, 960)] },
];
