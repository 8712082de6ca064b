// Known header names per field, Chinese and English, in the normalised form `normaliseHeader`
// produces. Earlier names win when a sheet has several candidates for one field.
import type { Field } from './types';

/** Full-width → half-width, lower case, no "(元)"-style units, no punctuation or spaces. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[([{【《].*?[)\]}】》]/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export const HEADER_NAMES: Readonly<Record<Field, readonly string[]>> = {
  name: ['客户名称', '客户全称', '单位名称', '客户', '客户名', '往来单位', '往来单位名称', '购货单位', '公司名称',
    'customername', 'customer', 'name', 'client', 'clientname'],
  mobile: ['手机号码', '手机号', '手机', '移动电话', '联系电话', '联系方式', '电话号码', '电话',
    'mobile', 'mobilephone', 'mobileno', 'cell', 'cellphone', 'phone', 'phonenumber', 'phoneno', 'tel', 'telephone'],
  reference: ['单据编号', '发票号码', '发票号', '发票编号', '单号', '单据号', '订单号', '凭证号',
    'invoiceno', 'invoicenumber', 'invoice', 'reference', 'ref', 'documentno', 'docno'],
  issueDate: ['单据日期', '开票日期', '发票日期', '业务日期', '日期',
    'invoicedate', 'issuedate', 'date', 'documentdate'],
  dueDate: ['到期日', '到期日期', '应收日期', '应还日期', '最后付款日', '付款期限', 'duedate', 'due', 'paymentdue'],
  amount: ['应收金额', '金额', '价税合计', '含税金额', '发票金额', 'amount', 'total', 'invoiceamount', 'invoicetotal'],
  paid: ['已收金额', '已收款', '已收', '实收', '实收金额', '已付', '已付金额', '收款金额',
    'paid', 'amountpaid', 'paidamount'],
  balance: ['未收金额', '余额', '欠款', '欠款金额', '应收余额', '未收', '未收款',
    'balance', 'openbalance', 'outstanding', 'balancedue', 'amountdue'],
  customerCode: ['客户编码', '客户编号', '客户代码', '往来单位编码', 'customercode', 'customerid', 'customerno',
    'account', 'accountno', 'accountnumber'],
  contact: ['联系人', 'contact', 'contactperson', 'contactname'],
};

/** Rank of a normalised header for a field (0 = best), or -1. */
export function headerRank(field: Field, normalised: string): number {
  return HEADER_NAMES[field].indexOf(normalised);
}
